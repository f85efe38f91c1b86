using LongAnMarket.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

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

    private SortedDocValues? _category, _area;
    private SortedSetDocValues? _certification;
    private NumericDocValues? _ocopValues, _price, _stock;
    private int[] _categoryCounts = [], _areaCounts = [], _certificationCounts = [];
    private HashSet<int> _wantedCategories = [], _wantedAreas = [];
    private HashSet<long> _wantedCertifications = [];

    public bool AcceptsDocsOutOfOrder => hits.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        hits.SetNextReader(context);
        Flush();
        var reader = context.AtomicReader;
        _category = reader.GetSortedDocValues(SearchFields.CategorySlug);
        _area = reader.GetSortedDocValues(SearchFields.AreaSlug);
        _certification = reader.GetSortedSetDocValues(SearchFields.Certification);
        _ocopValues = reader.GetNumericDocValues(SearchFields.Ocop);
        _price = reader.GetNumericDocValues(SearchFields.Price);
        _stock = reader.GetNumericDocValues(SearchFields.InStock);
        _categoryCounts = new int[_category?.ValueCount ?? 0];
        _areaCounts = new int[_area?.ValueCount ?? 0];
        _certificationCounts = new int[_certification?.ValueCount ?? 0];
        _wantedCategories = Ordinals(_category, filters.Categories);
        _wantedAreas = Ordinals(_area, filters.Areas);
        _wantedCertifications = filters.Certifications.Select(c => _certification?.LookupTerm(new BytesRef(c)) ?? -1).Where(o => o >= 0).ToHashSet();
    }

    public void Collect(int doc)
    {
        var category = _category?.GetOrd(doc) ?? -1;
        var area = _area?.GetOrd(doc) ?? -1;
        var ocop = (int)(_ocopValues?.Get(doc) ?? 0);
        var price = _price?.Get(doc) ?? 0;
        var inStock = (_stock?.Get(doc) ?? 0) == 1;
        Span<long> certifications = stackalloc long[8];
        var certificationCount = 0;
        if (_certification is not null)
        {
            _certification.SetDocument(doc);
            long ord;
            while ((ord = _certification.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS && certificationCount < certifications.Length)
                certifications[certificationCount++] = ord;
        }

        var failed = -1;
        var failures = 0;
        void Check(bool passes, int facet) { if (!passes) { failures++; failed = facet; } }
        Check(filters.Categories.Count == 0 || _wantedCategories.Contains(category), Category);
        Check(filters.Areas.Count == 0 || _wantedAreas.Contains(area), Area);
        Check(filters.OcopStars.Count == 0 || (ocop is >= 0 and <= 5 && _wantedStars[ocop]), Ocop);
        Check(filters.Certifications.Count == 0 || HasAny(certifications[..certificationCount]), Certification);
        Check(PriceMatches(price), Price);
        Check(!filters.InStockOnly || inStock, Stock);
        if (failures > 1) return;
        if (failures == 0) hits.Collect(doc);

        bool Counts(int facet) => failures == 0 || failed == facet;
        if (Counts(Category) && category >= 0) _categoryCounts[category]++;
        if (Counts(Area) && area >= 0) _areaCounts[area]++;
        if (Counts(Ocop) && ocop is > 0 and <= 5) _ocop[ocop]++;
        if (Counts(Certification)) foreach (var ord in certifications[..certificationCount]) _certificationCounts[ord]++;
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

    private bool HasAny(ReadOnlySpan<long> ords)
    {
        foreach (var ord in ords) if (_wantedCertifications.Contains(ord)) return true;
        return false;
    }

    private void Flush()
    {
        Merge(_category, _categoryCounts, _categories);
        Merge(_area, _areaCounts, _areas);
        if (_certification is not null)
            for (var ord = 0; ord < _certificationCounts.Length; ord++)
                if (_certificationCounts[ord] > 0) Add(_certifications, Lookup(_certification, ord), _certificationCounts[ord]);
        _categoryCounts = _areaCounts = _certificationCounts = [];
    }

    private static void Merge(SortedDocValues? values, int[] counts, Dictionary<string, int> into)
    {
        if (values is null) return;
        var term = new BytesRef();
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] == 0) continue;
            values.LookupOrd(ord, term);
            Add(into, term.Utf8ToString(), counts[ord]);
        }
    }

    private static string Lookup(SortedSetDocValues values, long ord)
    {
        var term = new BytesRef();
        values.LookupOrd(ord, term);
        return term.Utf8ToString();
    }

    private static void Add(Dictionary<string, int> into, string key, int count) =>
        into[key] = into.GetValueOrDefault(key) + count;

    private static HashSet<int> Ordinals(SortedDocValues? values, IReadOnlyList<string> keys) =>
        values is null ? [] : keys.Select(k => values.LookupTerm(new BytesRef(k))).Where(o => o >= 0).ToHashSet();

    private static IReadOnlyList<FacetCount> Sorted(Dictionary<string, int> counts) =>
        counts.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new FacetCount(c.Key, c.Value)).ToList();
}
