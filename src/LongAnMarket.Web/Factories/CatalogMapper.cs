using LongAnMarket.Core.Catalog;
using Riok.Mapperly.Abstractions;

namespace LongAnMarket.Web.Factories;

/// <summary>Compile-time projections: Mapperly writes the Select expressions, EF Core turns them into SQL.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class CatalogMapper
{
    public static partial IQueryable<ProductDetailRow> ProjectToDetail(this IQueryable<Product> products);
}
