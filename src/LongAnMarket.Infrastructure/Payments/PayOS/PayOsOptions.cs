using System.ComponentModel.DataAnnotations;

namespace LongAnMarket.Infrastructure.Payments.PayOS;

/// <summary>The marketplace's payOS payment channel (my.payos.vn → Kênh thanh toán): its three keys and the API's address.</summary>
public sealed class PayOsOptions
{
    public const string Section = "Payments:PayOS";

    public string? ClientId { get; set; }
    public string? ApiKey { get; set; }
    /// <summary>Signs what the marketplace sends to payOS and checks what payOS sends back (HMAC-SHA256).</summary>
    public string? ChecksumKey { get; set; }
    [Required, Url] public string ApiBase { get; set; } = "https://api-merchant.payos.vn";
    /// <summary>Where payOS's checkout pages are (its links' <c>checkoutUrl</c>): the order page's form may lead there.</summary>
    [Required, Url] public string CheckoutOrigin { get; set; } = "https://pay.payos.vn";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ApiKey) && !string.IsNullOrWhiteSpace(ChecksumKey);
}
