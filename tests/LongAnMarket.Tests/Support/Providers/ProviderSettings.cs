namespace LongAnMarket.Tests.Support.Providers;

/// <summary>The app's configuration for payOS and SePay at their stand-ins, and the webhook paths they notify.</summary>
public static class ProviderSettings
{
    public const string PayOsWebhook = "/webhooks/payos/marketplace";
    public const string SePayWebhook = "/webhooks/sepay/marketplace";

    /// <summary>What an operator sets to run with both providers (as the browser tests' site does).</summary>
    public static Dictionary<string, string?> For(PayOsStandIn payOs, SePayStandIn sePay) => new()
    {
        ["Payments:VietQr:Provider"] = "SePay",
        ["Payments:VietQr:AccountNumber"] = SePayStandIn.AccountNumber,
        ["Payments:ExpirySweepSeconds"] = "3600",
        ["Payments:ReconcileMinutes"] = "1440", // tests reconcile themselves, at the moment they choose
        ["Payments:PayOS:ClientId"] = PayOsStandIn.ClientId,
        ["Payments:PayOS:ApiKey"] = PayOsStandIn.ApiKey,
        ["Payments:PayOS:ChecksumKey"] = PayOsStandIn.ChecksumKey,
        ["Payments:PayOS:ApiBase"] = payOs.ApiBase.ToString(),
        ["Payments:PayOS:CheckoutOrigin"] = payOs.ApiBase.ToString(),
        ["Payments:SePay:ApiKey"] = SePayStandIn.ApiKey,
        ["Payments:SePay:ApiToken"] = SePayStandIn.ApiToken,
        ["Payments:SePay:ApiBase"] = sePay.ApiBase.ToString(),
        ["Payments:SePay:AccountNumber"] = SePayStandIn.AccountNumber,
    };
}
