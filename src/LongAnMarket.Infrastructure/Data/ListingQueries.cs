using LongAnMarket.Core.Catalog;

namespace LongAnMarket.Infrastructure.Data;

public static class ListingQueries
{
    /// <summary>What shoppers may see and buy: published products of approved producers.</summary>
    public static IQueryable<Product> Listed(this IQueryable<Product> products) =>
        products.Where(p => p.IsListed);
}
