using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Producers;

namespace LongAnMarket.Tests.Core.Catalog;

public sealed class ProductTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

    /// <summary>A producer not yet saved (Id 0), so products made with producer id 0 belong to it.</summary>
    private static Producer NewProducer(bool approved)
    {
        var producer = new Producer("HTX Chợ Đào", "htx-cho-dao", "0100109106", 1, "Ấp 1", "0909123456", "a@example.vn", "", Now);
        if (approved) producer.Approve("admin", Now);
        return producer;
    }

    private static Product NewProduct() =>
        new(0, 1, 1, "Gạo Nàng Thơm Chợ Đào", "gao-nang-thom-cho-dao", "Hạt dài, thơm.", Now);

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
    [InlineData(1, OcopLevel.National)]
    [InlineData(2, OcopLevel.Province)]
    [InlineData(6, OcopLevel.National)]
    [InlineData(5, OcopLevel.Province)] // five stars are recognised nationally
    [InlineData(4, OcopLevel.District)] // four stars by the province
    public void Should_accept_only_three_to_five_ocop_stars_from_a_level_that_may_grant_them(int stars, OcopLevel level) =>
        Assert.Throws<DomainException>(() => NewProduct().AddCertification(CertificationKind.Ocop, "QĐ 1", "UBND tỉnh",
            new DateOnly(2025, 1, 1), new DateOnly(2028, 1, 1), new OcopRating(stars, level)));

    [Fact]
    public void Ocop_stars_come_only_from_a_confirmed_certificate_in_force()
    {
        var product = NewProduct();
        var certificate = product.AddCertification(CertificationKind.Ocop, "QĐ 1048/QĐ-UBND", "UBND tỉnh Long An",
            new DateOnly(2025, 3, 1), new DateOnly(2028, 3, 1), new OcopRating(4, OcopLevel.Province));
        Assert.False(product.RefreshOcop(new DateOnly(2026, 1, 1)));
        Assert.Null(product.OcopStars); // a draft until the trade office confirms it

        certificate.Confirm("Sở Công Thương", new DateOnly(2026, 1, 2));
        Assert.True(product.RefreshOcop(new DateOnly(2026, 1, 2)));
        Assert.Equal(4, product.OcopStars);
        Assert.False(product.RefreshOcop(new DateOnly(2028, 3, 1))); // the last day it is valid
        Assert.True(product.RefreshOcop(new DateOnly(2028, 3, 2)));
        Assert.Null(product.OcopStars);
        Assert.Throws<DomainException>(() => certificate.Confirm("Sở Công Thương", new DateOnly(2026, 1, 3)));
    }

    [Fact]
    public void An_ocop_certificate_needs_its_rating_and_end_and_no_other_kind_has_one()
    {
        var product = NewProduct();
        Assert.Throws<DomainException>(() => product.AddCertification(CertificationKind.Ocop, "QĐ 1", "UBND tỉnh", new DateOnly(2025, 1, 1), new DateOnly(2028, 1, 1)));
        Assert.Throws<DomainException>(() => product.AddCertification(CertificationKind.Ocop, "QĐ 1", "UBND tỉnh", new DateOnly(2025, 1, 1), null,
            new OcopRating(3, OcopLevel.District)));
        Assert.Throws<DomainException>(() => product.AddCertification(CertificationKind.VietGap, "VG 1", "Chi cục", new DateOnly(2025, 1, 1), null,
            new OcopRating(3, OcopLevel.District)));
        Assert.Throws<DomainException>(() => product.AddCertification(CertificationKind.AlcoholLicence, "GP 1", "Phòng Kinh tế", new DateOnly(2025, 1, 1), null));
        Assert.Throws<DomainException>(() => Certification.ForProducer(1, CertificationKind.SelfDeclaration, "TCB 1", "Chi cục", new DateOnly(2025, 1, 1), null));
    }

    [Fact]
    public void Should_not_publish_without_a_priced_pack_size()
    {
        var product = NewProduct();
        Assert.Throws<DomainException>(() => product.Publish(NewProducer(approved: true)));
        Assert.False(product.IsPublished);
        Assert.False(product.IsListed);
    }

    [Fact]
    public void Should_be_listed_only_while_published_and_its_producer_may_sell()
    {
        var producer = NewProducer(approved: true);
        var product = NewProduct();
        product.AddVariant("1 kg", 30_000, 5);
        product.Publish(producer);
        Assert.True(product.IsListed);

        producer.Suspend("Hồ sơ cần bổ sung", "admin", Now);
        product.FollowProducerStatus(producer);
        Assert.True(product.IsPublished);
        Assert.False(product.IsListed);

        producer.Approve("admin", Now);
        product.FollowProducerStatus(producer);
        Assert.True(product.IsListed);

        product.Unpublish();
        product.FollowProducerStatus(producer);
        Assert.False(product.IsListed);
    }

    [Fact]
    public void Should_publish_unlisted_while_the_producer_awaits_approval()
    {
        var product = NewProduct();
        product.AddVariant("1 kg", 30_000, 5);
        product.Publish(NewProducer(approved: false));
        Assert.True(product.IsPublished);
        Assert.False(product.IsListed);
    }

    [Fact]
    public void Should_refuse_to_follow_or_be_published_by_another_producer()
    {
        var product = new Product(7, 1, 1, "Khóm Bến Lức", "khom-ben-luc", "", Now);
        product.AddVariant("1 trái", 15_000, 5);
        Assert.Throws<DomainException>(() => product.Publish(NewProducer(approved: true)));
        Assert.Throws<DomainException>(() => product.FollowProducerStatus(NewProducer(approved: true)));
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
