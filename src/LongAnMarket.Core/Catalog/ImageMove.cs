namespace LongAnMarket.Core.Catalog;

/// <summary>How a producer moves one photo of a product: to the cover, one place earlier or one place later.</summary>
public enum ImageMove
{
    Cover,
    Earlier,
    Later,
}
