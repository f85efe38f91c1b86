using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Content;
using LongAnMarket.Core.Producers;

namespace LongAnMarket.Infrastructure.Data;

/// <summary>
/// A number that changes whenever anything a shopper sees in the catalogue changes (stock included). Cached page data
/// is keyed by it, so an edit is visible on the very next request. Per process, unless Redis is configured: then every
/// instance holds the same number and moves with any instance's edit (<see cref="Instances.SharedVersions"/>).
/// </summary>
public sealed class CatalogVersion : ChangeCounter;

/// <summary>Bumps <see cref="CatalogVersion"/> after a SaveChanges that touched catalogue data succeeded.</summary>
internal sealed class CatalogChangeInterceptor(CatalogVersion version) : ChangeCounterInterceptor(version,
    typeof(Product), typeof(ProductVariant), typeof(ProductImage), typeof(Certification), typeof(Producer),
    typeof(Category), typeof(OriginArea), typeof(SitePage), typeof(Core.Compliance.RulesVersion), typeof(Core.Traceability.Lot), typeof(Core.Reviews.Review));
