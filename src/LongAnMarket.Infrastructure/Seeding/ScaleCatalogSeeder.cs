using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Infrastructure.Seeding;

/// <summary>
/// A deterministic large catalogue for benchmarks: product i is always the same product, so
/// asking for 10,000 after 1,000 adds the 9,000 missing ones and asking twice adds nothing.
/// One producer per 50 products, its identity confirmed on the seeding day, each holding the certificates its categories need (a facility certificate, a
/// self-declaration per product where required) and a confirmed OCOP certificate behind every rating, valid from half a
/// year before seeding.
/// </summary>
public sealed class ScaleCatalogSeeder(IServiceScopeFactory scopes, DemoCatalogSeeder reference, TimeProvider clock, Security.StoredSecrets secrets)
{
    public const int MaxProducts = 200_000;
    public const int ProductsPerProducer = 50;
    private const int BatchSize = 2_000;
    private const string SlugPrefix = "scale-";
    public static readonly string[] Goods = ["Gạo thơm", "Thanh long", "Chanh không hạt", "Khóm", "Lạp xưởng", "Đậu phộng", "Bánh tét", "Nước mắm", "Mật ong", "Trà sen", "Cốm ngò", "Giỏ lục bình"];
    public static readonly string[] Qualities = ["loại 1", "đặc biệt", "hữu cơ", "truyền thống", "sấy khô", "tươi ngon"];
    private static readonly DateTimeOffset Epoch = new(2024, 1, 1, 7, 0, 0, TimeSpan.FromHours(7));

    public async Task<int> SeedAsync(int products, IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        if (products is < 1 or > MaxProducts) throw new ArgumentOutOfRangeException(nameof(products), $"Between 1 and {MaxProducts:N0}.");
        await reference.SeedReferenceDataAsync(ct);

        int[] areaIds, categoryIds;
        Dictionary<int, CertificateRequirement> requirements;
        int existing;
        var today = Core.Common.VietnamTime.Today(clock);
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarketDbContext>();
            areaIds = await db.OriginAreas.OrderBy(a => a.Id).Select(a => a.Id).ToArrayAsync(ct);
            categoryIds = await db.Categories.OrderBy(c => c.Id).Select(c => c.Id).ToArrayAsync(ct);
            requirements = await db.Categories.ToDictionaryAsync(c => c.Id, c => c.RequiredCertificates, ct);
            existing = await db.Products.CountAsync(p => p.Slug.StartsWith(SlugPrefix), ct);
        }

        var producers = await EnsureProducersAsync((products + ProductsPerProducer - 1) / ProductsPerProducer, areaIds, today, ct);
        for (var start = existing; start < products; start += BatchSize)
        {
            var end = Math.Min(products, start + BatchSize);
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MarketDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < end; i++)
                db.Products.Add(MakeProduct(i, producers[i / ProductsPerProducer], areaIds, categoryIds, requirements, today));
            await db.SaveChangesAsync(ct);
            progress?.Report((end, products));
        }
        return Math.Max(0, products - existing);
    }

    private async Task<Producer[]> EnsureProducersAsync(int count, int[] areaIds, DateOnly today, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketDbContext>();
        var existing = await db.Producers.CountAsync(p => p.Slug.StartsWith(SlugPrefix), ct);
        for (var i = existing; i < count; i++)
        {
            var producer = new Producer($"Hợp tác xã thử tải {i + 1:D5}", $"{SlugPrefix}htx-{i + 1:D5}", $"0809{i + 1:D8}",
                areaIds[i % areaIds.Length], $"Ấp {i % 9 + 1}, xã thử tải", $"0909{i % 1_000_000:D6}", $"htx{i + 1}@example.vn",
                "Nhà sản xuất sinh tự động để đo hiệu năng.", Epoch.AddMinutes(i));
            producer.Approve(ProducerStatusChange.SystemActor, Epoch.AddMinutes(i + 1));
            // Confirmed today, so the yearly re-confirmation does not take the whole bench catalogue off sale.
            producer.ConfirmIdentity(LegalForm.Cooperative, new BusinessRegistration($"3-{i + 1:D6}", new DateOnly(2020, 1, 1), "Phòng Tài chính – Kế hoạch", today),
                new Representative($"Người đại diện {i + 1}", "Giám đốc hợp tác xã", secrets.Protect($"0801{i % 100:D2}{i:D6}")), clock.GetUtcNow());
            db.Producers.Add(producer);
        }
        await db.SaveChangesAsync(ct);
        var unlicensed = await db.Producers.Where(p => p.Slug.StartsWith(SlugPrefix)
            && !db.Certifications.Any(c => c.ProducerId == p.Id && c.Kind == CertificationKind.FoodSafetyFacility)).Select(p => p.Id).ToListAsync(ct);
        db.Certifications.AddRange(unlicensed.Select(id => Certification.ForProducer(id, CertificationKind.FoodSafetyFacility, $"TT-{id:D6}/ATTP",
            "Chi cục An toàn vệ sinh thực phẩm", today.AddMonths(-6), today.AddMonths(30))));
        await db.SaveChangesAsync(ct);
        return await db.Producers.AsNoTracking().Where(p => p.Slug.StartsWith(SlugPrefix)).OrderBy(p => p.Slug).ToArrayAsync(ct);
    }

    private static Product MakeProduct(int i, Producer producer, int[] areaIds, int[] categoryIds,
        IReadOnlyDictionary<int, CertificateRequirement> requirements, DateOnly today)
    {
        var name = $"{Goods[i % Goods.Length]} {Qualities[i / Goods.Length % Qualities.Length]} mẫu {i + 1:D6}";
        int? stars = (i % 4) switch { 0 => 3, 1 => 4, 2 => 5, _ => null };
        var categoryId = categoryIds[i % categoryIds.Length];
        var product = new Product(producer.Id, categoryId, areaIds[i % areaIds.Length], name,
            $"{SlugPrefix}{i + 1:D6}", $"Sản phẩm mẫu số {i + 1} để đo hiệu năng.", Epoch.AddMinutes(i));
        if (stars is { } rating)
            product.AddCertification(CertificationKind.Ocop, $"OCOP-TT-{i + 1:D6}", "UBND tỉnh", today.AddMonths(-6), today.AddMonths(30),
                new OcopRating(rating, OcopLevels.LowestFor(rating))).Confirm("Sở Công Thương", today.AddMonths(-6));
        if (requirements[categoryId].HasFlag(CertificateRequirement.SelfDeclaration))
            product.AddCertification(CertificationKind.SelfDeclaration, $"TCB-{i + 1:D6}", "Chi cục An toàn vệ sinh thực phẩm", today.AddMonths(-6), null);
        product.RefreshOcop(today);
        var price = 20_000 + i * 7_919L % 480 * 1_000;
        product.AddVariant("1 kg", price, i % 10 == 0 ? 0 : 50 + i % 200);
        product.AddVariant("5 kg", price * 5 - 10_000, i % 7 == 0 ? 0 : 10 + i % 40);
        product.Feature(i % 500 == 0);
        product.Relabel(ProductLabel.Of("Việt Nam", $"{producer.Name}, {producer.Address}", $"100% {Goods[i % Goods.Length]}.",
            "Dùng theo nhu cầu.", "Nơi khô ráo, thoáng mát.", "Không dùng khi sản phẩm có dấu hiệu hư hỏng.", "12 tháng kể từ ngày sản xuất"));
        product.Publish(producer);
        return product;
    }
}
