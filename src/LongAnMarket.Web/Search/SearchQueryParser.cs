using System.Globalization;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Search;
using LongAnMarket.Infrastructure.Search;

namespace LongAnMarket.Web.Search;

/// <summary>
/// Reads /search's query string. Text is cut to 200 characters; facet values that do not exist are ignored; a bad
/// page or sort falls back with a notice. Nothing here can fail the request.
/// </summary>
public static class SearchQueryParser
{
    private const int MaxValuesPerFacet = 20;

    public static SearchQuery Parse(IQueryCollection query, List<string> notices)
    {
        var raw = query["q"].ToString();
        var text = SearchText.NormalizeQuery(raw);
        if (VietnameseText.Clean(raw).Length > SearchText.MaxQueryLength)
            notices.Add("Từ khóa dài quá 200 ký tự nên đã được cắt bớt.");
        return new SearchQuery
        {
            Text = text,
            Categories = Values(query, SearchFacetKeys.Category).Where(Slug.IsValid).ToList(),
            Areas = Values(query, SearchFacetKeys.Area).Where(Slug.IsValid).ToList(),
            OcopStars = Values(query, SearchFacetKeys.Ocop)
                .Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0).Where(s => s is >= 1 and <= 5).ToList(),
            Certifications = Values(query, SearchFacetKeys.Certification).Where(c => CertificationKeys.Parse(c) is not null).ToList(),
            PriceBands = Values(query, SearchFacetKeys.Price).Where(p => PriceBand.Find(p) is not null).ToList(),
            InStockOnly = query[SearchFacetKeys.InStock].ToString() is "1" or "true" or "on",
            Sort = Sort(query, notices),
            Page = Page(query, notices),
            AsTyped = query["exact"].ToString() == "1",
        };
    }

    private static IEnumerable<string> Values(IQueryCollection query, string key) =>
        query[key].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).Distinct().Take(MaxValuesPerFacet);

    private static SearchSort? Sort(IQueryCollection query, List<string> notices)
    {
        var value = query["sort"].ToString();
        if (value.Length == 0) return null;
        foreach (var (sort, key) in SearchQuery.SortKeys)
            if (key == value) return sort;
        notices.Add("Cách sắp xếp không hợp lệ; đang sắp xếp theo mức phù hợp.");
        return null;
    }

    private static int Page(IQueryCollection query, List<string> notices)
    {
        var value = query["page"].ToString();
        if (value.Length == 0) return 1;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1) return Math.Min(page, SearchQuery.MaxPage);
        notices.Add("Số trang không hợp lệ; đang hiển thị trang 1.");
        return 1;
    }
}
