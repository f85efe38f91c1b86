using LongAnMarket.Core.Search;
using LongAnMarket.Core.Search.Relevance;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Search.Relevance;

/// <summary>
/// Runs the judged set against the catalogue in the database and its search index, as /search would ask (relevance
/// order, first page, no filters), and scores the results by slug.
/// </summary>
public sealed class RelevanceRun(ProductSearch search, MarketDbContext db)
{
    public async Task<RelevanceReport> ScoreAsync(IReadOnlyList<JudgedQuery> queries, CancellationToken ct)
    {
        var slugs = await db.Products.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Slug, ct);
        var scores = new List<RelevanceScore>(queries.Count);
        foreach (var query in queries)
        {
            var request = new SearchRequest(SearchText.NormalizeQuery(query.Text), SearchFilters.None, SearchSort.Relevance, 1, RelevanceScore.Depth)
            {
                WithFacets = false,
            };
            var result = await search.SearchAsync(request, ct);
            scores.Add(new RelevanceScore(query, result.Hits.Select(h => slugs.GetValueOrDefault(h.ProductId, $"#{h.ProductId}")).ToList()));
        }
        return new RelevanceReport(scores);
    }
}
