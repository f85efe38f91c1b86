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
    private readonly bool[] _wantedStars = Enumerable.Range(0, 6).Select(s => filters.OcopStars.Contains(s)).ToArray();
    private readonly bool[] _wantedBands = PriceBand.All.Select(b => filters.PriceBands.Any(w => w.Key == b.Key)).ToArray();
    private readonly long _minPrice = filters.MinPriceDong ?? long.MinValue;
    private readonly long _maxPrice = filters.MaxPriceDong ?? long.MaxValue;

    private const int Category = 0, Area = 1, Ocop = 2, Certification = 3, Price = 4, Stock = 5;

    private readonly Dictionary<string, int> _categories = [];
    private readonly Dictionary<string, int> _areas = [];
    private readonly Dictionary<string, int> _certifications = [];
    private readonly int[] _ocop = new int[6];
    private readonly int[] _bands = new int[PriceBand.All.Count];
    private int _inStock;

    private SegmentValues? _values;
    private int[] _categoryCounts = [], _areaCounts = [], _certificationCounts = [];
    private bool[] _wantedCategories = [], _wantedAreas = [], _wantedCertifications = [];

    public bool AcceptsDocsOutOfOrder => hits.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        hits.SetNextReader(context);
        Flush();
        var values = _values = SegmentValues.Of(context.AtomicReader);
        _categoryCounts = new int[values.CategoryNames.Length];
        _areaCounts = new int[values.AreaNames.Length];
        _certificationCounts = new int[values.CertificationNames.Length];
        _wantedCategories = Wanted(values.CategoryNames, filters.Categories);
        _wantedAreas = Wanted(values.AreaNames, filters.Areas);
        _wantedCertifications = Wanted(values.CertificationNames, filters.Certifications);
    }

    public void Collect(int doc)
    {
        var values = _values!;
        var category = values.Category[doc];
        var area = values.Area[doc];
        int ocop = values.Ocop[doc];
        var price = values.Price[doc];
        var inStock = values.InStock[doc];
        var certifications = values.Certifications(doc);

        var failed = -1;
        var failures = 0;
        void Check(bool passes, int facet) { if (!passes) { failures++; failed = facet; } }
        Check(filters.Categories.Count == 0 || (category >= 0 && _wantedCategories[category]), Category);
        Check(filters.Areas.Count == 0 || (area >= 0 && _wantedAreas[area]), Area);
        Check(filters.OcopStars.Count == 0 || _wantedStars[ocop], Ocop);
        Check(filters.Certifications.Count == 0 || HasAny(certifications), Certification);
        Check(PriceMatches(price), Price);
        Check(!filters.InStockOnly || inStock, Stock);
        if (failures > 1) return;
        if (failures == 0) hits.Collect(doc);

        bool Counts(int facet) => failures == 0 || failed == facet;
        if (Counts(Category) && category >= 0) _categoryCounts[category]++;
        if (Counts(Area) && area >= 0) _areaCounts[area]++;
        if (Counts(Ocop) && ocop > 0) _ocop[ocop]++;
        if (Counts(Certification)) foreach (var ord in certifications) _certificationCounts[ord]++;
        if (Counts(Price) && price >= _minPrice && price <= _maxPrice)
            for (var i = 0; i < _bands.Length; i++)
                if (PriceBand.All[i].Contains(price)) _bands[i]++;
        if (Counts(Stock) && inStock) _inStock++;
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

    private bool PriceMatches(long price)
    {
        if (price < _minPrice || price > _maxPrice) return false;
        if (filters.PriceBands.Count == 0) return true;
        for (var i = 0; i < _wantedBands.Length; i++)
            if (_wantedBands[i] && PriceBand.All[i].Contains(price)) return true;
        return false;
    }

    private bool HasAny(ReadOnlySpan<int> ords)
    {
        foreach (var ord in ords) if (_wantedCertifications[ord]) return true;
        return false;
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

    private static bool[] Wanted(string[] names, IReadOnlyList<string> keys) => Array.ConvertAll(names, keys.Contains);

    private static IReadOnlyList<FacetCount> Sorted(Dictionary<string, int> counts) =>
        counts.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new FacetCount(c.Key, c.Value)).ToList();
}
