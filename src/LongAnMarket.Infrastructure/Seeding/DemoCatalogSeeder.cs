using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Content;
using LongAnMarket.Core.Files;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Seeding;

/// <summary>
/// Loads the Vietnamese demo catalogue. Idempotent: areas, categories and pages are matched by slug,
/// producers by tax code and products by slug, so a second run adds nothing.
/// </summary>
public sealed class DemoCatalogSeeder(MarketDbContext db, IFileStore files, StoredSecrets secrets, TimeProvider clock, Catalog.ListingHistory history,
    ILogger<DemoCatalogSeeder> logger)
{
    private const string RulesSlug = "quy-che-hoat-dong";

    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public async Task<SeedSummary> SeedAsync(CancellationToken cancellationToken = default)
    {
        var catalog = Load();
        var areas = await SeedAreasAsync(catalog, cancellationToken);
        var categories = await SeedCategoriesAsync(catalog, cancellationToken);
        var (producersAdded, productsAdded) = await SeedProducersAsync(catalog, areas, categories, cancellationToken);
        var pagesAdded = await SeedPagesAsync(catalog, cancellationToken);
        await SeedRulesAsync(catalog, cancellationToken);
        var summary = new SeedSummary(producersAdded, productsAdded, pagesAdded);
        logger.LogInformation("Demo catalogue: {Producers} producers, {Products} products and {Pages} pages added", producersAdded, productsAdded, pagesAdded);
        return summary;
    }

    /// <summary>Areas and categories only: what the scale seeder builds on.</summary>
    public async Task SeedReferenceDataAsync(CancellationToken cancellationToken = default)
    {
        var catalog = Load();
        await SeedAreasAsync(catalog, cancellationToken);
        await SeedCategoriesAsync(catalog, cancellationToken);
    }

    internal static DemoCatalog Load()
    {
        using var stream = typeof(DemoCatalogSeeder).Assembly.GetManifestResourceStream("LongAnMarket.Seeding.demo-catalog.json")
            ?? throw new InvalidOperationException("demo-catalog.json is not embedded in the Infrastructure assembly.");
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
        return JsonSerializer.Deserialize<DemoCatalog>(stream, options)
            ?? throw new InvalidOperationException("demo-catalog.json is empty.");
    }

    private async Task<Dictionary<string, OriginArea>> SeedAreasAsync(DemoCatalog catalog, CancellationToken ct)
    {
        var existing = await db.OriginAreas.ToDictionaryAsync(a => a.Slug, ct);
        foreach (var area in catalog.Areas.Where(a => !existing.ContainsKey(Slug.From(a.Name))))
        {
            var entity = new OriginArea(area.Name, area.Description);
            db.OriginAreas.Add(entity);
            existing[entity.Slug] = entity;
        }
        await db.SaveChangesAsync(ct);
        return existing.Values.ToDictionary(a => a.Name);
    }

    private async Task<Dictionary<string, Category>> SeedCategoriesAsync(DemoCatalog catalog, CancellationToken ct)
    {
        var existing = await db.Categories.ToDictionaryAsync(c => c.Slug, ct);
        foreach (var category in catalog.Categories.Where(c => !existing.ContainsKey(Slug.From(c.Name))))
        {
            var entity = new Category(category.Name, category.NameEn, category.Description, category.SortOrder);
            entity.RequireLabelFields(category.RequiredLabel);
            entity.RequireCertificates(category.RequiredCertificates);
            entity.MarkPerishable(category.Perishable);
            db.Categories.Add(entity);
            existing[entity.Slug] = entity;
        }
        await db.SaveChangesAsync(ct);
        return existing.Values.ToDictionary(c => c.Name);
    }

    private async Task<(int Producers, int Products)> SeedProducersAsync(
        DemoCatalog catalog, Dictionary<string, OriginArea> areas, Dictionary<string, Category> categories, CancellationToken ct)
    {
        var knownTaxCodes = (await db.Producers.Select(p => p.TaxCode).ToListAsync(ct)).ToHashSet();
        var knownSlugs = (await db.Products.Select(p => p.Slug).ToListAsync(ct)).ToHashSet();
        var producerSlugs = (await db.Producers.Select(p => p.Slug).ToListAsync(ct)).ToHashSet();
        var start = new DateTimeOffset(2025, 3, 1, 8, 0, 0, VietnamOffset);
        int producersAdded = 0, productsAdded = 0, index = 0;

        foreach (var demo in catalog.Producers)
        {
            index++;
            if (knownTaxCodes.Contains(demo.TaxCode)) continue;
            var area = areas[demo.Area];
            var slug = Slug.Unique(demo.Name, producerSlugs.Contains);
            producerSlugs.Add(slug);
            var producer = new Producer(demo.Name, slug, demo.TaxCode, area.Id, demo.Address, demo.Phone, demo.Email,
                demo.Description, start.AddDays(index * 3));
            ConfirmDemoIdentity(producer, demo, index);
            producer.Approve(ProducerStatusChange.SystemActor, start.AddDays(index * 3 + 1));
            producer.SetShipping(20_000 + 5_000 * (index % 3), index % 4 == 0 ? null : 400_000 + 100_000 * (index % 2));
            db.Producers.Add(producer);
            await db.SaveChangesAsync(ct);
            producersAdded++;
            var today = Core.Common.VietnamTime.Today(clock);
            db.Certifications.AddRange(DemoLicences.OfProducer(producer.Id, demo, index, categories, today));

            foreach (var item in demo.Products)
            {
                var productSlug = Slug.From(item.Name);
                if (!knownSlugs.Add(productSlug)) continue;
                var product = new Product(producer.Id, categories[item.Category].Id, area.Id, item.Name, productSlug,
                    item.Description, start.AddDays(index * 3 + productsAdded % 7).AddHours(productsAdded));
                foreach (var variant in item.Variants) product.AddVariant(variant.PackSize, variant.PriceDong, variant.Stock);
                DemoLicences.Certify(product, item, productsAdded + 1, categories[item.Category], today);
                var imageKey = $"products/{productSlug}.svg";
                await files.SaveAsync(imageKey, new MemoryStream(Encoding.UTF8.GetBytes(ProductIllustration.Svg(item.Name, item.Motif, item.Color))), ct);
                product.AddImage(imageKey, ProductIllustration.Size, ProductIllustration.Size, item.Name);
                product.Feature(item.Featured);
                product.MarkAlcohol(item.ContainsAlcohol);
                product.Relabel(DemoLabels.For(item, demo));
                product.Publish(producer);
                db.Products.Add(product);
                productsAdded++;
            }
            await db.SaveChangesAsync(ct);
            foreach (var id in await db.Products.Where(p => p.ProducerId == producer.Id).Select(p => p.Id).ToListAsync(ct))
                await history.RecordAsync(id, ct); // the first version shoppers see
        }
        return (producersAdded, productsAdded);
    }

    private async Task<int> SeedPagesAsync(DemoCatalog catalog, CancellationToken ct)
    {
        var existing = (await db.SitePages.Select(p => p.Slug).ToListAsync(ct)).ToHashSet();
        var added = 0;
        foreach (var page in catalog.Pages.Where(p => !existing.Contains(p.Slug) && p.Slug != RulesSlug))
        {
            db.SitePages.Add(new SitePage(page.Slug, page.Title, page.Body));
            added++;
        }
        await db.SaveChangesAsync(ct);
        return added;
    }

    /// <summary>
    /// The demo businesses' legal identity: the form their name says, registration by the district or province, a
    /// made-up representative with a citizen ID of the Long An birth-registration code (080), confirmed today and
    /// checked by the trade office, so the yearly re-confirmation falls a year after seeding.
    /// </summary>
    private void ConfirmDemoIdentity(Producer producer, DemoProducer demo, int index)
    {
        var form = demo.Name.StartsWith("Hợp tác xã", StringComparison.Ordinal) ? LegalForm.Cooperative
            : demo.Name.StartsWith("Công ty", StringComparison.Ordinal) ? LegalForm.Company : LegalForm.HouseholdBusiness;
        var issuer = form == LegalForm.Company ? "Phòng Đăng ký kinh doanh, Sở Kế hoạch và Đầu tư tỉnh Long An"
            : $"Phòng Tài chính – Kế hoạch huyện {demo.Area}";
        var now = clock.GetUtcNow().ToOffset(VietnamOffset);
        var registration = new BusinessRegistration(demo.TaxCode, new DateOnly(2015 + index % 9, 1 + index % 12, 1 + index % 27), issuer, DateOnly.FromDateTime(now.DateTime));
        var citizenId = $"0801{(index * 7 % 60 + 40):00}{100_000 + index * 7_919 % 900_000:000000}";
        var (name, role) = DemoRepresentatives[index % DemoRepresentatives.Length];
        producer.ConfirmIdentity(form, registration, new Representative(name, form switch
        {
            LegalForm.Cooperative => "Giám đốc hợp tác xã",
            LegalForm.Company => role,
            _ => "Chủ hộ kinh doanh",
        }, secrets.Protect(citizenId)), now);
        producer.RecordVerification(Producers.TradeOfficeCheck.MethodName, ProducerStatusChange.SystemActor, now,
            "dữ liệu mẫu: không có giấy tờ thật", "Doanh nghiệp mẫu của bản demo.");
    }

    private static readonly (string Name, string Role)[] DemoRepresentatives =
    [
        ("Nguyễn Văn Hòa", "Giám đốc"), ("Trần Thị Ngọc Lan", "Giám đốc"), ("Lê Văn Phước", "Tổng giám đốc"), ("Phạm Thị Út", "Giám đốc"),
        ("Võ Minh Tâm", "Giám đốc"), ("Huỳnh Thị Thu Hiền", "Giám đốc"), ("Đặng Văn Lộc", "Giám đốc"),
    ];

    /// <summary>The operating rules the demo opens with, as version 1, accepted by every demo business.</summary>
    private async Task SeedRulesAsync(DemoCatalog catalog, CancellationToken ct)
    {
        if (catalog.Pages.FirstOrDefault(p => p.Slug == RulesSlug) is not { } rules) return;
        if (!await db.RulesVersions.AnyAsync(ct))
        {
            db.RulesVersions.Add(new Core.Compliance.RulesVersion(1, rules.Title, rules.Body, "Phiên bản đầu tiên.",
                new DateOnly(2025, 3, 1), ProducerStatusChange.SystemActor, new DateTimeOffset(2025, 2, 20, 8, 0, 0, VietnamOffset)));
            await db.SaveChangesAsync(ct);
        }
        var first = await db.RulesVersions.MinAsync(v => v.Number, ct);
        var demoTaxCodes = catalog.Producers.Select(p => p.TaxCode).ToList();
        var unaccepted = await db.Producers.Where(p => demoTaxCodes.Contains(p.TaxCode) && !db.RulesAcceptances.Any(a => a.ProducerId == p.Id))
            .Select(p => new { p.Id, p.RegisteredAt }).ToListAsync(ct);
        foreach (var producer in unaccepted)
            db.RulesAcceptances.Add(new Core.Compliance.RulesAcceptance(producer.Id, first, ProducerStatusChange.SystemActor, producer.RegisteredAt.ToDateTimeOffset()));
        await db.SaveChangesAsync(ct);
    }
}

public sealed record SeedSummary(int ProducersAdded, int ProductsAdded, int PagesAdded);
