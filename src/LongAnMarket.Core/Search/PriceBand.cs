namespace LongAnMarket.Core.Search;

/// <summary>A price range in whole đồng, lower bound included, upper bound excluded.</summary>
public sealed record PriceBand(string Key, long? FromDong, long? BelowDong)
{
    public static readonly IReadOnlyList<PriceBand> All =
    [
        new("duoi-100k", null, 100_000),
        new("100k-200k", 100_000, 200_000),
        new("200k-500k", 200_000, 500_000),
        new("tren-500k", 500_000, null),
    ];

    public static PriceBand? Find(string key) => All.FirstOrDefault(b => b.Key == key);

    public bool Contains(long priceDong) => (FromDong is null || priceDong >= FromDong) && (BelowDong is null || priceDong < BelowDong);
}
