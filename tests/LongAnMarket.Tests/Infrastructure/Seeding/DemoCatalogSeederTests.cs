using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Seeding;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Infrastructure.Seeding;

public sealed class DemoCatalogSeederTests
{
    private static readonly string[] RequiredSpecialties =
    [
        "Gạo Nàng Thơm Chợ Đào", "Thanh long ruột đỏ", "Thanh long ruột trắng", "Chanh không hạt", "Khóm Bến Lức",
        "Lạp xưởng Cần Đước", "Đậu phộng Đức Hòa", "Bánh tét Thủ Thừa", "Mắm cá lia thia Đức Huệ", "Cốm ngò Cần Giuộc",
        "Rượu đế Gò Đen", "Dưa hấu Long An", "Trống Bình An",
    ];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.MySql)]
    public async Task Should_load_a_realistic_catalogue_once_and_add_nothing_the_second_time(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var app = new MarketAppFactory(database);
        await app.MigrateAsync();

        var first = await SeedAsync(app);
        var counts = await app.WithDbAsync(async db => (
            Producers: await db.Producers.CountAsync(), Areas: await db.Producers.Select(p => p.OriginAreaId).Distinct().CountAsync(),
            Products: await db.Products.Listed().CountAsync(), Pages: await db.SitePages.CountAsync()));
        var second = await SeedAsync(app);

        Assert.True(counts.Producers >= 14, $"{counts.Producers} producers");
        Assert.True(counts.Areas >= 8, $"{counts.Areas} areas with producers");
        Assert.True(counts.Products >= 48, $"{counts.Products} listed products");
        Assert.Equal(counts.Products, first.ProductsAdded);
        Assert.Equal(new SeedSummary(0, 0, 0), second);
        Assert.Equal(counts.Products, await app.WithDbAsync(db => db.Products.CountAsync()));
        var names = await app.WithDbAsync(db => db.Products.Select(p => p.Name).ToListAsync());
        Assert.All(RequiredSpecialties, name => Assert.Contains(name, names));
        Assert.Contains("gao-nang-thom-cho-dao", await app.WithDbAsync(db => db.Products.Select(p => p.Slug).ToListAsync()));
        foreach (var slug in new[] { "chinh-sach-bao-mat", "doi-tra-khieu-nai", "lien-he" })
            Assert.True(await app.WithDbAsync(db => db.SitePages.AnyAsync(p => p.Slug == slug)), slug);
        Assert.Equal(4, await app.WithDbAsync(db => db.Products.CountAsync(p => p.ContainsAlcohol))); // the spirits and the wine
        // Every demo listing shows the label contents its category requires (food: all of them).
        var listings = await app.WithDbAsync(db => db.Products.Include(p => p.Variants).Include(p => p.Category).ToListAsync());
        Assert.All(listings, p => Assert.Empty(p.MissingLabelFields(p.Category!.RequiredLabelFields)));
        Assert.Equal(6, await app.WithDbAsync(db => db.Categories.CountAsync(c => c.RequiredLabelFields == LongAnMarket.Core.Catalog.LabelField.All)));
        // Every demo listing holds the licences its category needs, valid today, and keeps them through the daily run;
        // the OCOP stars shown come from confirmed certificates in force (one lapsed in 2025 shows none).
        var today = LongAnMarket.Core.Common.VietnamTime.Today(app.Services.GetRequiredService<TimeProvider>());
        Assert.Empty(await app.WithServicesAsync(s => s.GetRequiredService<LongAnMarket.Infrastructure.Catalog.ListingCertificates>().UncoveredListingsAsync(today, CancellationToken.None)));
        Assert.Equal(2, await app.WithDbAsync(db => db.Certifications.CountAsync(c => c.Kind == LongAnMarket.Core.Catalog.CertificationKind.AlcoholLicence))); // the distillery and the winery
        var rated = await app.WithDbAsync(db => db.Products.Include(p => p.Certifications).Where(p => p.OcopStars != null).ToListAsync());
        Assert.True(rated.Count >= 20, $"{rated.Count} products with OCOP stars");
        Assert.All(rated, p => Assert.Contains(p.Certifications, c => c.StarsOn(today) == p.OcopStars));
        Assert.Null(await app.WithDbAsync(db => db.Products.Where(p => p.Slug == "keo-dau-phong-mach-nha").Select(p => p.OcopStars).SingleAsync()));
        // The operating rules are version 1, accepted by every demo business; each business has its identity, checked.
        Assert.Equal(1, await app.WithDbAsync(db => db.RulesVersions.CountAsync()));
        Assert.Equal(counts.Producers, await app.WithDbAsync(db => db.RulesAcceptances.CountAsync(a => a.VersionNumber == 1)));
        Assert.Equal(counts.Producers, await app.WithDbAsync(db => db.Producers.CountAsync(p => p.LegalForm != null && p.Verifications.Any())));
        Assert.True(File.Exists(Path.Combine(app.DataPath, "media", "products", "gao-nang-thom-cho-dao.svg")));
    }

    [Fact]
    public void Should_ship_names_in_composed_unicode_with_unique_valid_tax_codes()
    {
        var catalog = DemoCatalogSeeder.Load();
        Assert.All(catalog.Producers.SelectMany(p => p.Products), p => Assert.Equal(p.Name.Normalize(System.Text.NormalizationForm.FormC), p.Name));
        Assert.Equal(catalog.Producers.Count, catalog.Producers.Select(p => p.TaxCode).Distinct().Count());
        Assert.Equal(catalog.Producers.Sum(p => p.Products.Count),
            catalog.Producers.SelectMany(p => p.Products).Select(p => Slug.From(p.Name)).Distinct().Count());
    }

    private static async Task<SeedSummary> SeedAsync(MarketAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DemoCatalogSeeder>().SeedAsync();
    }
}
