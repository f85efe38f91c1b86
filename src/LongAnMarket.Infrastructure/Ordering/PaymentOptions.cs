using System.ComponentModel.DataAnnotations;

namespace LongAnMarket.Infrastructure.Ordering;

public sealed class PaymentOptions
{
    public const string Section = "Payments";

    /// <summary>How often the expiry job looks for unpaid orders past their deadline.</summary>
    [Range(1, 3600)] public int ExpirySweepSeconds { get; set; } = 30;

    /// <summary>The marketplace's commission on each sale's goods (shipping passes through), in percent.</summary>
    [Range(0, 50)] public decimal CommissionPercent { get; set; } = 5m;

    [Required] public VietQrOptions VietQr { get; set; } = new();

    /// <summary>How often the reconciliation job asks the configured providers for transfers whose notification never came.</summary>
    [Range(1, 1440)] public int ReconcileMinutes { get; set; } = 10;

    /// <summary>How far back each reconciliation run looks.</summary>
    [Range(1, 168)] public int ReconcileHours { get; set; } = 6;
}

/// <summary>What confirms transfers into the marketplace's account.</summary>
public enum VietQrProvider
{
    /// <summary>An admin who sees the money in the bank's statement records it.</summary>
    Manual,
    /// <summary>A bank that signs its notifications our way (<c>/webhooks/bank-transfer</c>).</summary>
    BankWebhook,
    /// <summary>payOS: each order gets a payment link with its own VietQR, and payOS calls back when it is paid.</summary>
    PayOS,
    /// <summary>SePay watches the account and calls back for every incoming transfer.</summary>
    SePay,
}

/// <summary>The marketplace's receiving bank account, shown to shoppers in every VietQR code.</summary>
public sealed class VietQrOptions
{
    public VietQrProvider Provider { get; set; } = VietQrProvider.Manual;

    /// <summary>The bank's 6-digit NAPAS BIN (e.g. 970436 Vietcombank).</summary>
    [Required, RegularExpression("^[0-9]{6}$")] public string BankBin { get; set; } = "970436";
    [Required, StringLength(60)] public string BankName { get; set; } = "Vietcombank";
    [Required, RegularExpression("^[0-9A-Za-z]{1,19}$")] public string AccountNumber { get; set; } = "";
    [Required, StringLength(50)] public string AccountName { get; set; } = "";
    /// <summary>The secret the bank's notification service signs with (HMAC-SHA256); bank webhooks are refused without it.</summary>
    public string? WebhookSecret { get; set; }
    /// <summary>How far a signed notification's timestamp may be from now.</summary>
    [Range(30, 3600)] public int WebhookToleranceSeconds { get; set; } = 300;
    /// <summary>Marks the demo account on every page, so nobody sends real money to it.</summary>
    public bool IsDemo { get; set; }
}
