using System.ComponentModel.DataAnnotations;

namespace LongAnMarket.Infrastructure.Payments.SePay;

/// <summary>SePay watching the marketplace's bank account: the webhook's API key, the user API's token, and the account.</summary>
public sealed class SePayOptions
{
    public const string Section = "Payments:SePay";

    /// <summary>What SePay sends as <c>Authorization: Apikey …</c> on every webhook (set on the webhook in my.sepay.vn).</summary>
    public string? ApiKey { get; set; }
    /// <summary>The user API token (my.sepay.vn → Cấu hình công ty → API Access), for listing transactions when reconciling.</summary>
    public string? ApiToken { get; set; }
    [Required, Url] public string ApiBase { get; set; } = "https://my.sepay.vn";
    /// <summary>The bank account SePay watches; transfers reported for any other account are held for review.</summary>
    [RegularExpression("^[0-9A-Za-z]{0,19}$")] public string? AccountNumber { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey) && !string.IsNullOrWhiteSpace(AccountNumber);
    public bool CanReconcile => IsConfigured && !string.IsNullOrWhiteSpace(ApiToken);
}
