using System.Text;
using LongAnMarket.Core.Search;

namespace LongAnMarket.Tests.Infrastructure.Search;

/// <summary>
/// One relevance expectation: <see cref="First"/> must open the results in that order, <see cref="Includes"/> must be
/// somewhere in the first page, <see cref="Excludes"/> nowhere, <see cref="Total"/> is the exact count.
/// </summary>
public sealed record ContractCase(string Name, string Query, int[]? First = null, int[]? Includes = null, int[]? Excludes = null,
    int? Total = null, SearchFilters? Filters = null, SearchSort Sort = SearchSort.Relevance, int Page = 1, int PageSize = 25)
{
    public override string ToString() => Name;
}

public static class ContractCases
{
    private static SearchFilters F(string[]? categories = null, string[]? areas = null, int[]? ocop = null, string[]? certs = null,
        string[]? prices = null, bool inStock = false) => new()
    {
        Categories = categories ?? [], Areas = areas ?? [], OcopStars = ocop ?? [], Certifications = certs ?? [],
        PriceBands = (prices ?? []).Select(p => PriceBand.Find(p)!).ToList(), InStockOnly = inStock,
    };

    public static readonly IReadOnlyList<ContractCase> All =
    [
        new("without diacritics", "gao nang thom", First: [1]),
        new("with diacritics", "Gạo Nàng Thơm", First: [1]),
        new("upper case", "GẠO NÀNG THƠM", First: [1]),
        new("decomposed Unicode from a phone", "Gạo Nàng Thơm".Normalize(NormalizationForm.FormD), First: [1]),
        new("words across name and area", "lap xuong can duoc", First: [4]),
        new("synonym spelling", "lạp xường", Includes: [4, 5]),
        new("all words must match", "thanh long ruot do", First: [8], Excludes: [9]),
        new("exact diacritics rank first", "chả", First: [6], Includes: [7]),
        new("folded query finds both", "cha", Includes: [6, 7]),
        new("đ typed as d", "can duoc", Includes: [1, 2, 4, 5]),
        new("đ in description", "dac san", Includes: [1, 5]),
        new("one typo in a 4-letter word", "thanh lomg", Includes: [8, 9]),
        new("one typo in the last word", "nuoc mamm", First: [13]),
        new("a swap is one typo", "hyacinht", First: [16]),
        new("two typos from 8 letters", "hyacenht", First: [16]),
        new("a word the index holds is not read as a typo", "tom", Includes: [5, 22, 23], Excludes: [1, 2]),
        new("a three-letter word the index lacks is", "nag thom", Includes: [1, 2]),
        new("the first letter is taken as typed", "gyacinth", Total: 0),
        new("prefix of the last word", "lạp xư", Includes: [4, 5]),
        new("prefix without diacritics", "thanh lo", Includes: [8, 9]),
        new("synonym hột for hạt", "hột điều", First: [12]),
        new("synonym dứa for khóm", "dứa", Includes: [11]),
        new("khóm without diacritics", "khom", Includes: [11, 21]),
        new("in stock before out of stock", "mật ong", First: [15, 14]),
        new("in stock first among full matches", "mật ong hoa tràm", First: [15, 14]),
        new("producer name", "tư tín", First: [4]),
        new("name above producer and area", "bến lức", First: [11]),
        new("category name", "đồ uống", Includes: [18, 19, 24]),
        new("number and unit written together", "5kg", Includes: [1]),
        new("number and unit apart", "5 kg", Includes: [1]),
        new("unit apart in the product, together in the query", "2kg", Includes: [3]),
        new("degrees", "40 độ", Includes: [13, 24]),
        new("grams", "500g", Includes: [12, 19]),
        new("Latin accent", "café", First: [19]),
        new("Latin accent folded", "cafe", First: [19]),
        new("description words", "ca phe", Includes: [19]),
        new("a word nowhere is left out", "gao nang thom xyzzy", First: [1]),
        new("s typed for x", "lap suong can duoc", First: [4]),
        new("tr typed for ch", "tranh khong hat", First: [10]),
        new("n typed for ng", "thanh lon ruot do", First: [8]),
        new("y typed for i", "dua hau long try", First: [20]),
        new("Telex left unconverted", "gaoj nang thowm", First: [1]),
        new("VNI left unconverted", "ga5o na2ng tho7m", First: [1]),
        new("syllables run together", "gaonangthom", First: [1]),
        new("a synonym phrase of another length", "dragon fruit", Includes: [8, 9]),
        new("category filter alone", "", Total: 3, Filters: F(categories: ["gao"])),
        new("text and area", "gạo", Includes: [1, 2], Excludes: [3], Filters: F(areas: ["can-duoc"])),
        new("two categories are OR", "", Total: 4, Filters: F(categories: ["gao", "nuoc-mam"])),
        new("category and area are AND", "", Total: 2, Includes: [10, 11], Filters: F(categories: ["trai-cay"], areas: ["ben-luc"])),
        new("OCOP 5 stars", "", Total: 1, Includes: [13], Filters: F(ocop: [5])),
        new("certification", "", Total: 5, Includes: [1, 8, 9, 10, 20], Filters: F(certs: ["vietgap"])),
        new("price band", "", Total: 12, Filters: F(prices: ["duoi-100k"])),
        new("two price bands are OR", "", Total: 13, Filters: F(prices: ["duoi-100k", "tren-500k"])),
        new("in stock only", "mật ong", Total: 1, First: [15], Filters: F(inStock: true)),
        new("price low to high", "thanh long ruột", First: [20, 9, 8], Sort: SearchSort.PriceAscending),
        new("price high to low", "", First: [8, 9], Filters: F(categories: ["trai-cay"]), Sort: SearchSort.PriceDescending),
        new("newest first", "", First: [25, 24], Sort: SearchSort.Newest),
        new("best rated first, then the most reviewed", "", First: [13, 1, 4, 8], Sort: SearchSort.Rating),
        new("best rated among matches", "gạo", First: [1], Sort: SearchSort.Rating),
        new("second page", "", Total: 25, First: [15], Sort: SearchSort.Newest, Page: 2, PageSize: 10),
        new("page beyond the end", "", Total: 25, Excludes: [1, 25], Sort: SearchSort.Newest, Page: 99, PageSize: 10),
        new("unknown category", "", Total: 0, Filters: F(categories: ["khong-co"])),
    ];

    /// <summary>Strings that must be treated as plain text by both engines: no error, no syntax, no injection.</summary>
    public static readonly IReadOnlyList<string> Hostile =
    [
        "\"((*", "name:x AND", "*", "?", "\\", "\"", "OR", "AND NOT", "{!lucene}", "~", "^2", "[a TO z]", "field:[* TO *]", "/gao.*/",
        "<script>alert(1)</script>", "'; DROP TABLE Products;--", "{\"query\":{\"match_all\":{}}}", "gạo~2", "gao^100", "+gao -thom",
        "\u0000gạo", "gạo\u200b", "\u202egạo", "🍚🍚🍚", "\u0301\u0301", "ⓖⓐⓞ", "%00", "\ud800", new string('a', 5000),
        string.Concat(Enumerable.Repeat("gạo ", 300)), "&&||!(){}[]^\"~*?:\\/", "a b c d e f g h i j k l m n o p q r s t",
    ];
}
