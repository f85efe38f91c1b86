using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Search;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Search;

/// <summary>Reads what search holds for products from the database: only listed products (published, producer approved).</summary>
public sealed class SearchDocuments(MarketDbContext db, TimeProvider clock)
{
    public const int BatchSize = 2_000;

    /// <summary>The documents of those products that are listed; the others are to be removed from the index.</summary>
    public async Task<IReadOnlyList<SearchDocument>> ForProductsAsync(IReadOnlyCollection<int> productIds, CancellationToken ct)
    {
        var documents = new List<SearchDocument>(productIds.Count);
        foreach (var chunk in productIds.Chunk(500))
            documents.AddRange(await ReadAsync(db.Products.Where(p => chunk.Contains(p.Id)), ct));
        return documents;
    }

    /// <summary>Every listed product in ID order, a batch at a time (keyset paging: each batch costs the same).</summary>
    public async IAsyncEnumerable<IReadOnlyList<SearchDocument>> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var after = 0;
        while (true)
        {
            var from = after;
            var batch = await ReadAsync(db.Products.Where(p => p.Id > from).OrderBy(p => p.Id).Take(BatchSize), ct);
            if (batch.Count == 0) yield break;
            yield return batch;
            after = batch.Max(d => d.ProductId);
            db.ChangeTracker.Clear();
        }
    }

    private async Task<IReadOnlyList<SearchDocument>> ReadAsync(IQueryable<Product> products, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var rows = await products.AsNoTracking().Listed()
            .Select(p => new
            {
                p.Id, p.Name, Producer = p.Producer!.Name, Area = p.OriginArea!.Name, AreaSlug = p.OriginArea.Slug,
                Category = p.Category!.Name, CategorySlug = p.Category.Slug, p.Description, p.OcopStars, p.MinPriceDong, p.InStock, p.CreatedAt, p.RatingCount, p.RatingStars,
                // Quality marks shoppers filter by: a self-declaration is every packaged food's duty, and an OCOP
                // certificate counts once the trade office has confirmed it.
                Certifications = p.Certifications.Where(c => c.ValidFrom <= today && (c.ValidUntil == null || c.ValidUntil >= today)
                        && c.Kind != CertificationKind.SelfDeclaration && (c.Kind != CertificationKind.Ocop || c.ConfirmedOn != null))
                    .Select(c => c.Kind).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        return rows.Select(r => new SearchDocument(r.Id, r.Name, r.Producer, r.Area, r.AreaSlug, r.Category, r.CategorySlug,
            r.Description.Length > SearchDocument.MaxDescriptionLength ? r.Description[..SearchDocument.MaxDescriptionLength] : r.Description,
            r.OcopStars, r.Certifications.Distinct().Select(CertificationKeys.Of).ToList(), r.MinPriceDong, r.InStock, r.CreatedAt.ToDateTimeOffset(),
            r.RatingCount, r.RatingStars)).ToList();
    }
}

/// <summary>The URL-safe key of each certification kind, as facets and filters name it.</summary>
public static class CertificationKeys
{
    public static string Of(CertificationKind kind) => kind.ToString().ToLowerInvariant();

    public static CertificationKind? Parse(string key) =>
        Enum.GetValues<CertificationKind>().Cast<CertificationKind?>().FirstOrDefault(k => Of(k!.Value) == key);
}
