using System.ComponentModel.DataAnnotations;

namespace LongAnMarket.Infrastructure.Payments;

/// <summary>Card payments: shown only when both keys are set (from the environment or user-secrets, never committed).</summary>
public sealed class StripeOptions
{
    public const string Section = "Stripe";

    public string? SecretKey { get; set; }
    public string? WebhookSecret { get; set; }
    /// <summary>Stripe's API base URL; tests point it at a local handler.</summary>
    [Url] public string? ApiBase { get; set; }
    /// <summary>How long a Checkout Session stays open (Stripe accepts 30 minutes to 24 hours); the order holds its stock as long.</summary>
    [Range(30, 1440)] public int SessionMinutes { get; set; } = 35;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SecretKey) && !string.IsNullOrWhiteSpace(WebhookSecret);
}
