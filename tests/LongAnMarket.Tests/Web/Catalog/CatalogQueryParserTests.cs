using LongAnMarket.Web.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace LongAnMarket.Tests.Web.Catalog;

public sealed class CatalogQueryParserTests
{
    private static (CatalogQuery Query, List<string> Notices) Parse(string queryString)
    {
        var notices = new List<string>();
        var values = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(queryString);
        return (CatalogQueryParser.Parse(new QueryCollection(values), notices), notices);
    }

    [Fact]
    public void Should_read_every_filter()
    {
        var (query, notices) = Parse("?q=g%E1%BA%A1o&category=gao&area=can-duoc&ocop=4&min=10.000&max=200000&instock=1&sort=price-asc&page=3");

        Assert.Empty(notices);
        Assert.Equal(new CatalogQuery
        {
            Text = "gạo", Category = "gao", Area = "can-duoc", OcopStars = 4, MinPrice = 10_000, MaxPrice = 200_000,
            InStockOnly = true, Sort = CatalogSort.PriceAscending, Page = 3,
        }, query);
    }

    [Theory]
    [InlineData("?page=0")]
    [InlineData("?page=-1")]
    [InlineData("?page=abc")]
    [InlineData("?ocop=2")]
    [InlineData("?ocop=x")]
    [InlineData("?min=-5")]
    [InlineData("?max=1e9")]
    [InlineData("?sort=random")]
    [InlineData("?category=%3Cscript%3E")]
    [InlineData("?area=Can%20Duoc")]
    [InlineData("?min=500&max=100")]
    public void Should_drop_a_malformed_value_with_a_notice(string queryString)
    {
        var (query, notices) = Parse(queryString);
        Assert.Single(notices);
        Assert.Equal(new CatalogQuery(), query);
    }

    [Fact]
    public void Should_cap_long_text_and_huge_page_numbers()
    {
        var (query, _) = Parse("?q=" + new string('a', 500) + "&page=2147483647");
        Assert.Equal(CatalogQueryParser.MaxTextLength, query.Text!.Length);
        Assert.Equal(CatalogQuery.MaxPage, query.Page);
    }

    [Fact]
    public void Should_compose_decomposed_vietnamese_from_phones()
    {
        var (query, _) = Parse("?q=" + Uri.EscapeDataString("Ga\u0323o  tho\u031Bm"));
        Assert.Equal("Gạo thơm", query.Text);
    }
}
