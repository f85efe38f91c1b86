using LongAnMarket.Web.Models;
using Riok.Mapperly.Abstractions;

namespace LongAnMarket.Web.Factories;

/// <summary>Compile-time mappings from the rows the storefront reads to its view models, written by Mapperly.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class CatalogMapper
{
    public static partial VariantModel ToModel(this VariantRow variant);
}
