using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Data;

namespace LongAnMarket.Tests.Support;

/// <summary>
/// Each test makes its own area, category and producer with a unique suffix, so its assertions
/// see only its own rows, whatever other tests have written to the same database.
/// </summary>
public sealed class TestCatalog
{
    private static int _taxSequence = Random.Shared.Next(1_000_000);

    private TestCatalog(string tag, OriginArea area, Category category, Producer producer)
    {
        Tag = tag;
        Area = area;
        Category = category;
        Producer = producer;
    }

    public string Tag { get; }
    public OriginArea Area { get; }
    public Category Category { get; }
    public Producer Producer { get; }

    /// <param name="registered">Yesterday unless given: a business registered long ago without re-confirming its identity
    /// would be taken off sale by the daily re-confirmation run whenever it happened to run after the test made it.</param>
    public static async Task<TestCatalog> CreateAsync(MarketDbContext db, ProducerStatus status = ProducerStatus.Approved,
        DateTimeOffset? registered = null)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var registeredAt = registered ?? DateTimeOffset.UtcNow.AddDays(-1);
        var area = new OriginArea($"Vùng thử {tag}", "Vùng dùng trong kiểm thử.");
        var category = new Category($"Danh mục thử {tag}", $"Test category {tag}", "", 99);
        db.AddRange(area, category);
        await db.SaveChangesAsync();
        var producer = new Producer($"Hợp tác xã thử {tag}", Slug.From($"htx thu {tag}"), $"0799{Interlocked.Increment(ref _taxSequence):D8}",
            area.Id, "Ấp 1, xã Thử", "0909123456", $"htx-{tag}@example.vn", "Nhà sản xuất dùng trong kiểm thử.", registeredAt);
        var at = registeredAt.AddHours(1);
        if (status is ProducerStatus.Approved or ProducerStatus.Suspended) producer.Approve("kiem-thu", at);
        if (status == ProducerStatus.Suspended) producer.Suspend("Kiểm thử", "kiem-thu", at);
        db.Producers.Add(producer);
        await db.SaveChangesAsync();
        return new TestCatalog(tag, area, category, producer);
    }

    public async Task<Product> AddProductAsync(MarketDbContext db, string name, long price = 100_000, int stock = 10,
        int? ocopStars = null, bool publish = true, string description = "Mô tả thử.")
    {
        var product = new Product(Producer.Id, Category.Id, Area.Id, $"{name} {Tag}", Slug.From($"{name} {Tag}"), description,
            DateTimeOffset.UtcNow);
        if (ocopStars is { } stars) ConfirmedOcop(product, stars);
        product.AddVariant("1 kg", price, stock);
        product.Relabel(CompleteLabel(name));
        product.AddImage($"products/{Tag}.svg", 600, 600, name);
        product.AddCertification(CertificationKind.VietGap, $"VG-{Tag}", "Chi cục Trồng trọt", new DateOnly(2023, 1, 1), new DateOnly(2024, 1, 1));
        if (publish) product.Publish(Producer);
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return product;
    }

    /// <summary>The producer's alcohol licence, so its drinks may be listed; valid until <paramref name="until"/> (no end when null).</summary>
    public async Task<Certification> LicenseAlcoholAsync(MarketDbContext db, DateOnly? until = null, DateOnly? from = null)
    {
        var licence = Certification.ForProducer(Producer.Id, CertificationKind.AlcoholLicence, $"GP-{Tag}", "Phòng Kinh tế",
            from ?? new DateOnly(2024, 1, 1), until);
        db.Certifications.Add(licence);
        await db.SaveChangesAsync();
        return licence;
    }

    /// <summary>A confirmed OCOP certificate of <paramref name="stars"/>, in force from half a year ago for its 36 months: the stars show.</summary>
    public static Certification ConfirmedOcop(Product product, int stars)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var certificate = product.AddCertification(CertificationKind.Ocop, $"OCOP-{product.Slug}", "UBND tỉnh", today.AddMonths(-6), today.AddMonths(30),
            new OcopRating(stars, OcopLevels.LowestFor(stars)));
        certificate.Confirm("Sở Công Thương", today.AddMonths(-6));
        product.RefreshOcop(today);
        return certificate;
    }

    /// <summary>Every label field a food category can require, so a product made here can be published in any category.</summary>
    public static ProductLabel CompleteLabel(string name) => ProductLabel.Of("Việt Nam", "Hợp tác xã Thử, ấp 1, xã Mỹ Lệ", $"100% {name}.",
        "Dùng theo nhu cầu.", "Nơi khô ráo, thoáng mát.", "Không dùng khi hư hỏng.", "12 tháng kể từ ngày sản xuất");
}
