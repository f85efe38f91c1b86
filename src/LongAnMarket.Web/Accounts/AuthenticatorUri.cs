using System.Text;
using QRCoder;

namespace LongAnMarket.Web.Accounts;

/// <summary>The otpauth:// URI an authenticator app scans (Key Uri Format), and its QR code as inline SVG.</summary>
public static class AuthenticatorUri
{
    public static string For(string issuer, string email, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6";

    public static string QrSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        return new SvgQRCode(data).GetGraphic(4);
    }

    /// <summary>The same QR code drawn with block characters, for a terminal (create-admin).</summary>
    public static string TerminalQr(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new AsciiQRCode(data).GetGraphicSmall();
    }

    /// <summary>"ABCDEFGH..." as "abcd efgh ...": easier to type by hand.</summary>
    public static string Readable(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4) text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
