using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Ordering;

/// <summary>A pack size in a cart, with the price the shopper saw when adding it (to show what changed since).</summary>
public sealed class CartLine
{
    public const int MaxQuantity = 999;

    private CartLine() { }

    internal CartLine(int variantId, int quantity, long priceSeenDong, DateTimeOffset now)
    {
        VariantId = variantId;
        PriceSeenDong = priceSeenDong;
        AddedAtUtc = now.UtcDateTime;
        SetQuantity(quantity);
    }

    public int Id { get; private set; }
    public int CartId { get; private set; }
    public int VariantId { get; private set; }
    public int Quantity { get; private set; }
    public long PriceSeenDong { get; private set; }
    public DateTime AddedAtUtc { get; private set; }

    internal void SetQuantity(int quantity)
    {
        if (quantity is < 1 or > MaxQuantity) throw new DomainException($"Số lượng phải từ 1 đến {MaxQuantity}.");
        Quantity = quantity;
    }
}
