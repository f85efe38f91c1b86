using System.Globalization;
using LongAnMarket.Core.Common;

namespace LongAnMarket.Web.Models;

/// <summary>
/// Reads catalogue filters from the query string. A value that makes no sense is dropped with a
/// notice for the shopper; it never causes an error page.
/// </summary>
public static class CatalogQueryParser
{
    public const int MaxTextLength = 200;

    public static CatalogQuery Parse(IQueryCollection query, List<string> notices)
    {
        var minPrice = Price(query, "min", notices);
        var maxPrice = Price(query, "max", notices);
        if (minPrice is not null && maxPrice is not null && minPrice > maxPrice)
        {
            notices.Add("Giá thấp nhất lớn hơn giá cao nhất nên bộ lọc giá đã được bỏ qua.");
            minPrice = maxPrice = null;
        }
        return new CatalogQuery
        {
            Text = Text(query),
            Category = SlugValue(query, "category", notices),
            Area = SlugValue(query, "area", notices),
            OcopStars = Stars(query, notices),
            MinPrice = minPrice,
            MaxPrice = maxPrice,
            InStockOnly = query["instock"].ToString() is "1" or "true" or "on",
            Sort = Sort(query, notices),
            Page = Page(query, notices),
        };
    }

    private static string? Text(IQueryCollection query)
    {
        var text = VietnameseText.Clean(query["q"].ToString());
        return text.Length == 0 ? null : text.Length > MaxTextLength ? text[..MaxTextLength] : text;
    }

    private static string? SlugValue(IQueryCollection query, string key, List<string> notices)
    {
        var value = query[key].ToString();
        if (value.Length == 0) return null;
        if (Slug.IsValid(value)) return value;
        notices.Add("Một bộ lọc không hợp lệ đã được bỏ qua.");
        return null;
    }

    private static int? Stars(IQueryCollection query, List<string> notices)
    {
        var value = query["ocop"].ToString();
        if (value.Length == 0) return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var stars) && stars is >= 3 and <= 5) return stars;
        notices.Add("Hạng OCOP chỉ nhận 3, 4 hoặc 5 sao; bộ lọc này đã được bỏ qua.");
        return null;
    }

    private static long? Price(IQueryCollection query, string key, List<string> notices)
    {
        var value = query[key].ToString().Replace(".", "").Replace(",", "").Trim();
        if (value.Length == 0) return null;
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var price) && price <= Vnd.MaxPrice) return price;
        notices.Add("Khoảng giá không hợp lệ đã được bỏ qua.");
        return null;
    }

    private static CatalogSort Sort(IQueryCollection query, List<string> notices)
    {
        var value = query["sort"].ToString();
        if (value.Length == 0) return CatalogSort.Newest;
        foreach (var (sort, key) in CatalogQuery.SortKeys)
            if (key == value) return sort;
        notices.Add("Cách sắp xếp không hợp lệ; đang sắp xếp theo sản phẩm mới nhất.");
        return CatalogSort.Newest;
    }

    private static int Page(IQueryCollection query, List<string> notices)
    {
        var value = query["page"].ToString();
        if (value.Length == 0) return 1;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1)
            return Math.Min(page, CatalogQuery.MaxPage);
        notices.Add("Số trang không hợp lệ; đang hiển thị trang 1.");
        return 1;
    }
}
