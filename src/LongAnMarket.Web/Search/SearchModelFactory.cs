using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Search;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Search;
using LongAnMarket.Web.Factories;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace LongAnMarket.Web.Search;

/// <summary>
/// Builds /search: asks the engine, loads the cards of the page's products in one statement, labels the facets. When
/// the engine fails the database answers instead (fewer features, a notice), so search never shows an error page.
/// </summary>
public sealed class SearchModelFactory(ProductSearch search, DatabaseSearch database, MarketDbContext db, ReferenceData reference,
    IMemoryCache cache, PageDataCache pages, CatalogVersion version, UiText text, ILogger<SearchModelFactory> logger)
{
    private const int MaxAlternatives = 4;

    public async Task<SearchPageModel> BuildAsync(SearchQuery query, List<string> notices, CancellationToken ct)
    {
        var categories = await reference.CategoriesAsync(ct);
        var areas = await reference.AreasAsync(ct);
        query = query with
        {
            Categories = query.Categories.Where(c => categories.Any(x => x.Slug == c)).ToList(),
            Areas = query.Areas.Where(a => areas.Any(x => x.Slug == a)).ToList(),
        };
        var (result, fellBack) = await SearchAsync(query, ct);
        if (fellBack) notices.Add("Tìm kiếm nâng cao đang tạm gián đoạn: kết quả dưới đây chỉ so khớp tên sản phẩm, chưa có bộ đếm theo nhóm.");

        var cards = await CardsAsync(result.Hits.Select(h => h.ProductId).ToList(), ct);
        var results = result.Hits.Where(h => cards.ContainsKey(h.ProductId))
            .Select(h => new SearchResultModel(cards[h.ProductId], h.NameHtml, h.SnippetHtml)).ToList();
        var alternatives = result.Total == 0 && !fellBack ? await AlternativesAsync(query, ct) : [];
        return new SearchPageModel(query, results, result.Total, Facets(query, result.Facets, categories, areas), Sorts(query),
            alternatives, notices, fellBack) { Interpretation = result.Interpretation };
    }

    /// <summary>Products, categories and producers for what is being typed, and a correction when one finds more.</summary>
    public async Task<(IReadOnlyList<SearchSuggestion> Suggestions, string? DidYouMean)> SuggestAsync(string raw, CancellationToken ct)
    {
        var typed = SearchText.NormalizeQuery(raw);
        if (typed.Length < 2) return ([], null);
        var suggestions = new List<SearchSuggestion>();
        string? didYouMean = null;
        try
        {
            var result = await search.SearchAsync(new SearchRequest(typed, SearchFilters.None, SearchSort.Relevance, 1, 6) { WithFacets = false }, ct);
            didYouMean = result.Interpretation.DidYouMean;
            var ids = result.Hits.Select(h => h.ProductId).ToList();
            var byId = await db.Products.AsNoTracking().Listed().Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, p.Slug, p.Name }).ToDictionaryAsync(p => p.Id, ct);
            suggestions.AddRange(ids.Where(byId.ContainsKey).Select(id => new SearchSuggestion(SuggestionKind.Product, byId[id].Name, byId[id].Slug)));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Search suggestions without the engine");
        }
        var terms = QueryPlan.Literal(typed).Terms;
        bool Matches(string name)
        {
            var words = SearchText.Tokenize(name);
            return words.Count > 0 && terms.All(t => words.Any(t.Matches));
        }
        suggestions.AddRange((await reference.CategoriesAsync(ct)).Where(c => Matches(c.Name) || Matches(c.NameEn)).Take(3)
            .Select(c => new SearchSuggestion(SuggestionKind.Category, UiText.IsEnglish && c.NameEn.Length > 0 ? c.NameEn : c.Name, c.Slug)));
        var producers = await cache.GetOrCreateAsync($"suggest-producers:{version.Current}", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = ReferenceData.Lifetime;
            return db.Producers.AsNoTracking().Where(p => p.Status == Core.Producers.ProducerStatus.Approved)
                .Select(p => new KeyValuePair<string, string>(p.Slug, p.Name)).ToListAsync(ct);
        }) ?? [];
        suggestions.AddRange(producers.Where(p => Matches(p.Value)).Take(3).Select(p => new SearchSuggestion(SuggestionKind.Producer, p.Value, p.Key)));
        return (suggestions, didYouMean);
    }

    /// <summary>The engine's answer (kept in the page-data cache until the index next changes), or the database's.</summary>
    private async Task<(SearchResult Result, bool FellBack)> SearchAsync(SearchQuery query, CancellationToken ct)
    {
        var request = query.ToRequest();
        try
        {
            var key = "search" + QueryString.Create(query.RouteValues());
            return (await pages.PageAsync(key, async () => (object)await search.SearchAsync(request, ct)) as SearchResult ?? SearchResult.Empty, false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "{Engine} search failed; answering from the database", search.EngineName);
            return (await database.SearchAsync(request, ct), true);
        }
    }

    /// <summary>Only listed products: one suspended a moment ago may still be in the index, never on the page.</summary>
    private async Task<Dictionary<int, ProductCardModel>> CardsAsync(List<int> ids, CancellationToken ct) =>
        ids.Count == 0 ? [] : await db.Products.AsNoTracking().Listed().Where(p => ids.Contains(p.Id)).ToCardsByIdAsync(ct);

    /// <summary>For a search that found nothing: each of its words alone, where that finds something.</summary>
    private async Task<IReadOnlyList<AlternativeModel>> AlternativesAsync(SearchQuery query, CancellationToken ct)
    {
        var words = SearchText.Tokenize(query.Text).Select(t => t.Exact).Distinct().ToList();
        var alternatives = new List<AlternativeModel>();
        if (query.HasFilters)
        {
            var unfiltered = new SearchQuery { Text = query.Text };
            var found = await search.SearchAsync(Probe(unfiltered), ct);
            if (found.Total > 0) alternatives.Add(new AlternativeModel(text["bỏ hết bộ lọc"], unfiltered.Link(), found.Total));
        }
        if (words.Count < 2) return alternatives;
        foreach (var word in words.Take(MaxAlternatives))
        {
            var alone = new SearchQuery { Text = word };
            var found = await search.SearchAsync(Probe(alone), ct);
            if (found.Total > 0) alternatives.Add(new AlternativeModel(word, alone.Link(), found.Total));
        }
        return alternatives;
    }

    /// <summary>Only "how many would this find": no facets, no text, one hit.</summary>
    private static SearchRequest Probe(SearchQuery query) => query.ToRequest() with { PageSize = 1, WithFacets = false, WithHighlights = false };

    private IReadOnlyList<FacetGroupModel> Facets(SearchQuery query, SearchFacets facets, IReadOnlyList<ReferenceData.Entry> categories,
        IReadOnlyList<ReferenceData.Entry> areas)
    {
        FacetOptionModel Option(string facet, string key, string label, int count, bool selected) =>
            new(label, count, selected, query.Toggle(facet, key).Link(), facet, key);

        IReadOnlyList<FacetOptionModel> Options(string facet, IReadOnlyList<FacetCount> counts, IReadOnlyList<string> selected, Func<string, string?> label) =>
            counts.Select(c => (c, Label: label(c.Key))).Where(x => x.Label is not null)
                .Select(x => Option(facet, x.c.Key, x.Label!, x.c.Count, selected.Contains(x.c.Key)))
                .Concat(selected.Where(s => counts.All(c => c.Key != s)).Select(s => label(s) is { } l ? Option(facet, s, l, 0, true) : null).OfType<FacetOptionModel>())
                .ToList();

        var english = UiText.IsEnglish;
        var groups = new List<FacetGroupModel>
        {
            new(text["Danh mục"], Options(SearchFacetKeys.Category, facets.Categories, query.Categories,
                key => categories.FirstOrDefault(c => c.Slug == key) is { } c ? (english && c.NameEn.Length > 0 ? c.NameEn : c.Name) : null)),
            new(text["Vùng nguyên liệu"], Options(SearchFacetKeys.Area, facets.Areas, query.Areas, key => areas.FirstOrDefault(a => a.Slug == key)?.Name)),
            new(text["Hạng OCOP"], Options(SearchFacetKeys.Ocop, facets.OcopStars, query.OcopStars.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(),
                key => text.Format("{0} sao", key))),
            new(text["Chứng nhận"], Options(SearchFacetKeys.Certification, facets.Certifications, query.Certifications,
                key => CertificationKeys.Parse(key) is { } kind ? CertificationLabels.Of(kind) : null)),
            new(text["Khoảng giá"], Options(SearchFacetKeys.Price, facets.PriceBands, query.PriceBands, PriceBandLabel)),
            new(text["Tình trạng"], facets.InStock > 0 || query.InStockOnly
                ? [Option(SearchFacetKeys.InStock, "1", text["Còn hàng"], facets.InStock, query.InStockOnly)] : []),
        };
        return groups.Where(g => g.Options.Count > 0).ToList();
    }

    private string? PriceBandLabel(string key) => key switch
    {
        "duoi-100k" => text["Dưới 100.000 ₫"],
        "100k-200k" => text["100.000 – 200.000 ₫"],
        "200k-500k" => text["200.000 – 500.000 ₫"],
        "tren-500k" => text["Từ 500.000 ₫"],
        _ => null,
    };

    private IReadOnlyList<SortOptionModel> Sorts(SearchQuery query) =>
        SearchQuery.SortKeys.Keys
            .Where(sort => sort != SearchSort.Relevance || query.Text.Length > 0)
            .Select(sort => new SortOptionModel(sort switch
            {
                SearchSort.Relevance => text["Phù hợp nhất"],
                SearchSort.Newest => text["Mới nhất"],
                SearchSort.PriceAscending => text["Giá tăng dần"],
                SearchSort.Rating => text["Đánh giá cao"],
                _ => text["Giá giảm dần"],
            }, (query with { Sort = sort, Page = 1 }).Link(), query.EffectiveSort == sort))
            .ToList();
}
