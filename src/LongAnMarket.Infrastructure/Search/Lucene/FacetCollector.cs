using LongAnMarket.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LongAnMarket.Infrastructure.Search.Lucene;

/// <summary>
/// Counts facet values over the documents the text matched, in one pass: a document that passes every filter counts
/// for every facet and goes on to <paramref name="hits"/> (the page's top documents); one that fails only facet F's
/// filter counts for F alone (so F's counts ignore F's own choice). The query is evaluated once for both.
/// </summary>
public sealed class FacetCollector(SearchFilters filters, ICollector hits) : ICollector
{
    private readonly FilterMatcher _matcher = new(filters);
    private readonly Dictionary<string, int> _categories = [];
    private readonly Dictionary<string, int> _areas = [];
    private readonly Dictionary<string, int> _certifications = [];
    private readonly int[] _ocop = new int[6];
    private readonly int[] _bands = new int[PriceBand.All.Count];
    private int _inStock;

    private SegmentValues? _values;
    private int[] _categoryCounts = [], _areaCounts = [], _certificationCounts = [];

    public bool AcceptsDocsOutOfOrder => hits.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        hits.SetNextReader(context);
        Flush();
        var values = _values = SegmentValues.Of(context.AtomicReader);
        _matcher.SetSegment(values);
        _categoryCounts = new int[values.CategoryNames.Length];
        _areaCounts = new int[values.AreaNames.Length];
        _certificationCounts = new int[values.CertificationNames.Length];
    }

    public void Collect(int doc)
    {
        var failures = _matcher.Failures(doc, out var failed);
        if (failures > 1) return;
        if (failures == 0) hits.Collect(doc);

        var values = _values!;
        bool Counts(int facet) => failures == 0 || failed == facet;
        if (Counts(FilterMatcher.Category) && values.Category[doc] is >= 0 and var category) _categoryCounts[category]++;
        if (Counts(FilterMatcher.Area) && values.Area[doc] is >= 0 and var area) _areaCounts[area]++;
        if (Counts(FilterMatcher.Ocop) && values.Ocop[doc] is > 0 and var ocop) _ocop[ocop]++;
        if (Counts(FilterMatcher.Certification)) foreach (var ord in values.Certifications(doc)) _certificationCounts[ord]++;
        var price = values.Price[doc];
        if (Counts(FilterMatcher.Price) && price >= _matcher.MinPrice && price <= _matcher.MaxPrice)
            for (var i = 0; i < _bands.Length; i++)
                if (PriceBand.All[i].Contains(price)) _bands[i]++;
        if (Counts(FilterMatcher.Stock) && values.InStock[doc]) _inStock++;
    }

    public SearchFacets Result()
    {
        Flush();
        return new SearchFacets(
            Sorted(_categories), Sorted(_areas),
            Enumerable.Range(1, 5).Reverse().Where(s => _ocop[s] > 0).Select(s => new FacetCount(s.ToString(System.Globalization.CultureInfo.InvariantCulture), _ocop[s])).ToList(),
            Sorted(_certifications),
            PriceBand.All.Select((b, i) => new FacetCount(b.Key, _bands[i])).Where(c => c.Count > 0).ToList(),
            _inStock);
    }

    private void Flush()
    {
        if (_values is not { } values) return;
        Merge(values.CategoryNames, _categoryCounts, _categories);
        Merge(values.AreaNames, _areaCounts, _areas);
        Merge(values.CertificationNames, _certificationCounts, _certifications);
        _categoryCounts = _areaCounts = _certificationCounts = [];
    }

    private static void Merge(string[] names, int[] counts, Dictionary<string, int> into)
    {
        for (var ord = 0; ord < counts.Length; ord++)
            if (counts[ord] > 0) into[names[ord]] = into.GetValueOrDefault(names[ord]) + counts[ord];
    }

    private static IReadOnlyList<FacetCount> Sorted(Dictionary<string, int> counts) =>
        counts.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new FacetCount(c.Key, c.Value)).ToList();
}
