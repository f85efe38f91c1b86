namespace LongAnMarket.Core.Ordering;

public enum PaymentMethod
{
    /// <summary>Bank transfer by VietQR (NAPAS 247): the default, needs no outside account.</summary>
    VietQr,
    /// <summary>Card, through a Stripe Checkout Session.</summary>
    Stripe,
}
