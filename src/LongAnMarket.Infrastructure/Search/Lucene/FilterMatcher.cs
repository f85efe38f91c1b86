using LongAnMarket.Core.Search;

namespace LongAnMarket.Infrastructure.Search.Lucene;

/// <summary>Which of the chosen filters a document fails (any chosen value within a facet, every facet), from its segment's values.</summary>
internal sealed class FilterMatcher(SearchFilters filters)
{
    public const int Category = 0, Area = 1, Ocop = 2, Certification = 3, Price = 4, Stock = 5;

    private readonly bool[] _wantedStars = Enumerable.Range(0, 6).Select(s => filters.OcopStars.Contains(s)).ToArray();
    private readonly bool[] _wantedBands = PriceBand.All.Select(b => filters.PriceBands.Any(w => w.Key == b.Key)).ToArray();
    private bool[] _wantedCategories = [], _wantedAreas = [], _wantedCertifications = [];
    private SegmentValues? _values;

    public long MinPrice { get; } = filters.MinPriceDong ?? long.MinValue;
    public long MaxPrice { get; } = filters.MaxPriceDong ?? long.MaxValue;

    public void SetSegment(SegmentValues values)
    {
        _values = values;
        _wantedCategories = Wanted(values.CategoryNames, filters.Categories);
        _wantedAreas = Wanted(values.AreaNames, filters.Areas);
        _wantedCertifications = Wanted(values.CertificationNames, filters.Certifications);
    }

    public bool Passes(int doc) => Failures(doc, out _) == 0;

    /// <summary>How many chosen facets the document fails; <paramref name="failed"/> is one of them (the only one when just one).</summary>
    public int Failures(int doc, out int failed)
    {
        var values = _values!;
        var (failures, last) = (0, -1);
        if (filters.Categories.Count > 0 && !(values.Category[doc] is >= 0 and var category && _wantedCategories[category])) (failures, last) = (failures + 1, Category);
        if (filters.Areas.Count > 0 && !(values.Area[doc] is >= 0 and var area && _wantedAreas[area])) (failures, last) = (failures + 1, Area);
        if (filters.OcopStars.Count > 0 && !_wantedStars[values.Ocop[doc]]) (failures, last) = (failures + 1, Ocop);
        if (filters.Certifications.Count > 0 && !HasAny(values.Certifications(doc))) (failures, last) = (failures + 1, Certification);
        if (!PriceMatches(values.Price[doc])) (failures, last) = (failures + 1, Price);
        if (filters.InStockOnly && !values.InStock[doc]) (failures, last) = (failures + 1, Stock);
        failed = last;
        return failures;
    }

    private bool PriceMatches(long price)
    {
        if (price < MinPrice || price > MaxPrice) return false;
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

    private static bool[] Wanted(string[] names, IReadOnlyList<string> keys) => Array.ConvertAll(names, keys.Contains);
}
