using LongAnMarket.Core.Payments;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Web.Traceability;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Ordering;

/// <summary>The VietQR code and text for paying one order into the marketplace's account.</summary>
public sealed class VietQrPanels(IOptions<PaymentOptions> options)
{
    /// <summary>What the shopper's transfer purpose says: short, so every bank keeps it whole (the field holds 25 characters).</summary>
    public static string PurposeOf(string orderCode) => $"DH {orderCode}";

    /// <summary>Whether order pages show the marketplace's own VietQR code; with payOS, payOS's page shows its own.</summary>
    public bool ShowsOwnCode => options.Value.VietQr.Provider != VietQrProvider.PayOS;

    public string Payload(string code, long amountDong)
    {
        var account = options.Value.VietQr;
        return new VietQrPayload(account.BankBin, account.AccountNumber, amountDong, PurposeOf(code)).Encode();
    }

    public VietQrPanel For(string code, long amountDong)
    {
        var account = options.Value.VietQr;
        var payload = Payload(code, amountDong);
        return new VietQrPanel(account.BankName, account.BankBin, account.AccountNumber, account.AccountName, amountDong, PurposeOf(code),
            payload, TraceQrCodes.Svg(payload), account.IsDemo);
    }

    public byte[] Png(string code, long amountDong) => TraceQrCodes.Png(Payload(code, amountDong), 8);
}
