using System.Globalization;
using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Payments;

/// <summary>
/// A dynamic VietQR bank-transfer code (NAPAS 247, EMVCo merchant-presented format): to which bank and account, how
/// many đồng, and a purpose the receiving bank shows on the statement (where the order code is found again).
/// </summary>
public sealed record VietQrPayload(string BankBin, string AccountNumber, long AmountDong, string Purpose)
{
    public const string NapasGuid = "A000000727";
    public const string TransferToAccount = "QRIBFTTA";
    public const int MaxPurposeLength = 25;

    /// <summary>The string the QR code encodes, ending in its CRC.</summary>
    public string Encode()
    {
        Validate();
        var beneficiary = EmvTlv.Field("00", BankBin) + EmvTlv.Field("01", AccountNumber);
        var merchant = EmvTlv.Field("00", NapasGuid) + EmvTlv.Field("01", beneficiary) + EmvTlv.Field("02", TransferToAccount);
        var payload = EmvTlv.Field("00", "01") + EmvTlv.Field("01", "12") + EmvTlv.Field("38", merchant)
            + EmvTlv.Field("53", "704") + EmvTlv.Field("54", AmountDong.ToString(CultureInfo.InvariantCulture)) + EmvTlv.Field("58", "VN")
            + EmvTlv.Field("62", EmvTlv.Field("08", Purpose)) + "6304";
        return payload + EmvTlv.Crc(payload);
    }

    /// <summary>Reads a payload back, checking its CRC and the fields a transfer needs.</summary>
    public static VietQrPayload Decode(string payload)
    {
        if (payload.Length < 8 || !payload[^8..^4].Equals("6304", StringComparison.Ordinal))
            throw new FormatException("A VietQR payload ends with its CRC (ID 63, length 04).");
        if (!string.Equals(EmvTlv.Crc(payload[..^4]), payload[^4..], StringComparison.Ordinal))
            throw new FormatException("The VietQR payload's CRC does not match its content.");
        var fields = EmvTlv.Parse(payload[..^8]).ToDictionary(f => f.Key, f => f.Value);
        string Need(IReadOnlyDictionary<string, string> within, string id, string what) =>
            within.TryGetValue(id, out var value) ? value : throw new FormatException($"The VietQR payload has no {what} (ID {id}).");
        var merchant = EmvTlv.Parse(Need(fields, "38", "NAPAS merchant account")).ToDictionary(f => f.Key, f => f.Value);
        if (Need(merchant, "00", "NAPAS identifier") != NapasGuid) throw new FormatException("The merchant account is not a NAPAS one.");
        var beneficiary = EmvTlv.Parse(Need(merchant, "01", "beneficiary")).ToDictionary(f => f.Key, f => f.Value);
        if (Need(fields, "53", "currency") != "704") throw new FormatException("A VietQR transfer is in đồng (currency 704).");
        var amount = long.TryParse(Need(fields, "54", "amount"), NumberStyles.None, CultureInfo.InvariantCulture, out var dong) ? dong
            : throw new FormatException("The amount must be whole đồng.");
        var additional = EmvTlv.Parse(Need(fields, "62", "additional data")).ToDictionary(f => f.Key, f => f.Value);
        var decoded = new VietQrPayload(Need(beneficiary, "00", "bank BIN"), Need(beneficiary, "01", "account number"), amount,
            Need(additional, "08", "purpose"));
        decoded.Validate();
        return decoded;
    }

    private void Validate()
    {
        if (BankBin.Length != 6 || !BankBin.All(char.IsAsciiDigit)) throw new DomainException("Mã BIN ngân hàng gồm đúng 6 chữ số.");
        if (AccountNumber.Length is 0 or > 19 || !AccountNumber.All(char.IsAsciiLetterOrDigit)) throw new DomainException("Số tài khoản không hợp lệ.");
        if (AmountDong is < 1 or > Vnd.MaxPrice * 1000) throw new DomainException("Số tiền chuyển khoản không hợp lệ.");
        if (Purpose.Length is 0 or > MaxPurposeLength || !Purpose.All(c => char.IsAsciiLetterOrDigit(c) || c == ' '))
            throw new DomainException($"Nội dung chuyển khoản gồm 1–{MaxPurposeLength} chữ cái không dấu, chữ số hoặc khoảng trắng.");
    }
}
