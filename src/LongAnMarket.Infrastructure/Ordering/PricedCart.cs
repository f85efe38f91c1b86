using LongAnMarket.Core.Ordering;

namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>A cart line read fresh: today's price and stock beside what the shopper saw when adding it.</summary>
public sealed record PricedLine(int VariantId, int ProductId, string ProductName, string ProductSlug, string PackSize,
    long PriceDong, long PriceSeenDong, int Quantity, int Stock, bool OnSale, string? ThumbnailPath = null, bool ContainsAlcohol = false,
    bool Perishable = false)
{
    public long TotalDong => PriceDong * Quantity;
    public bool PriceChanged => PriceDong != PriceSeenDong;
    public bool CanBuy => OnSale && Stock >= Quantity;
}

/// <summary>One producer's lines, with that producer's shipping on what can be bought and its returns policy as it applies today.</summary>
public sealed record PricedGroup(int ProducerId, string ProducerName, string ProducerSlug, IReadOnlyList<PricedLine> Lines, ShippingRate Rate,
    ReturnPolicy? Returns = null)
{
    public ReturnPolicy ReturnTerms => Returns ?? ReturnPolicy.MinimumOf(ReturnMinimum.Default);
    public bool HasPerishable => Lines.Any(l => l.Perishable);
    public bool HasKeeping => Lines.Any(l => !l.Perishable);
    public long GoodsDong => Lines.Where(l => l.CanBuy).Sum(l => l.TotalDong);
    public long ShippingDong => Rate.For(GoodsDong);
    public long TotalDong => GoodsDong + ShippingDong;
}

/// <summary>A cart as it stands now, grouped by producer; every amount computed here on the server.</summary>
public sealed record PricedCart(IReadOnlyList<PricedGroup> Groups)
{
    public static readonly PricedCart Empty = new([]);
    public bool IsEmpty => Groups.Count == 0;
    public long TotalDong => Groups.Sum(g => g.TotalDong);
    public IEnumerable<PricedLine> Lines => Groups.SelectMany(g => g.Lines);
    public bool HasProblems => Lines.Any(l => !l.CanBuy);
    /// <summary>An alcoholic drink is in it: the buyer confirms being 18 or older to order.</summary>
    public bool HasAlcohol => Lines.Any(l => l.ContainsAlcohol);
}
