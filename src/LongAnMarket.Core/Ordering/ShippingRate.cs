namespace LongAnMarket.Core.Ordering;

/// <summary>A producer's shipping: a flat fee per order part, free when the goods reach a threshold the producer sets.</summary>
public readonly record struct ShippingRate(long FeeDong, long? FreeFromDong)
{
    public long For(long goodsDong) => goodsDong <= 0 || FreeFromDong is { } threshold && goodsDong >= threshold ? 0 : FeeDong;
}
