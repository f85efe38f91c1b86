using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Common;

namespace LongAnMarket.Tests.Core.Catalog;

public sealed class ProductTests
{
    private static Product NewProduct(int? stars = 4) =>
        new(1, 1, 1, "Gạo Nàng Thơm Chợ Đào", "gao-nang-thom-cho-dao", "Hạt dài, thơm.", stars, DateTimeOffset.UtcNow);

    [Fact]
    public void Should_keep_the_lowest_price_and_stock_summary_in_step_with_variants()
    {
        var product = NewProduct();
        product.AddVariant("5 kg", 420_000, 0);
        product.AddVariant("2 kg", 180_000, 0);
        Assert.Equal(180_000, product.MinPriceDong);
        Assert.False(product.InStock);

        product.AddVariant("10 kg", 800_000, 3);
        Assert.True(product.InStock);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1_000_000_001)]
    public void Should_refuse_a_price_outside_the_allowed_range(long price)
    {
        var product = NewProduct();
        Assert.Throws<DomainException>(() => product.AddVariant("1 kg", price, 1));
        Assert.Empty(product.Variants);
    }

    [Fact]
    public void Should_refuse_negative_stock_and_duplicate_pack_sizes()
    {
        var product = NewProduct();
        Assert.Throws<DomainException>(() => product.AddVariant("1 kg", 10_000, -1));
        product.AddVariant("1 kg", 10_000, 1);
        Assert.Throws<DomainException>(() => product.AddVariant("1 KG", 12_000, 1));
        Assert.Single(product.Variants);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(6)]
    public void Should_accept_only_three_to_five_ocop_stars(int stars) =>
        Assert.Throws<DomainException>(() => NewProduct(stars));

    [Fact]
    public void Should_not_publish_without_a_priced_pack_size()
    {
        var product = NewProduct();
        Assert.Throws<DomainException>(product.Publish);
        Assert.False(product.IsPublished);
    }

    [Fact]
    public void Should_refuse_an_invalid_gtin_on_a_variant()
    {
        var product = NewProduct();
        Assert.Throws<DomainException>(() => product.AddVariant("1 kg", 10_000, 1, gtin: "09506000134353"));
        Assert.Equal("09506000134352", product.AddVariant("1 kg", 10_000, 1, gtin: "9506000134352").Gtin);
    }

    [Fact]
    public void Should_keep_a_folded_sort_name_so_both_databases_sort_alike()
    {
        Assert.Equal("gao nang thom cho dao", NewProduct().SortName);
    }

    [Fact]
    public void Should_allow_at_most_eight_images()
    {
        var product = NewProduct();
        for (var i = 0; i < 8; i++) product.AddImage($"p/{i}.webp", 600, 600, "ảnh");
        Assert.Throws<DomainException>(() => product.AddImage("p/9.webp", 600, 600, "ảnh"));
    }
}
