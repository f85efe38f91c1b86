using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Traceability;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using LongAnMarket.Core.Common;

namespace LongAnMarket.Infrastructure.Seeding;

/// <summary>
/// Gives every demo product a current lot with a signed history, and a few of them a full one: Chợ Đào rice milled from
/// a paddy lot (one step back), inspections with PDF reports, a harvest photo, a corrected event and serial stickers.
/// Dates are relative to the day it runs. Idempotent: a product that has a lot is left alone.
/// </summary>
public sealed class DemoTraceSeeder(MarketDbContext db, LotService lots, SerialService serials, SerialIssuer issuer,
    TimeProvider clock, ILogger<DemoTraceSeeder> logger)
{
    public const string Actor = "seed-demo";
    public const string RiceSlug = "gao-nang-thom-cho-dao";

    public async Task<int> SeedAsync(string siteOrigin, CancellationToken ct = default)
    {
        var demoTaxCodes = DemoCatalogSeeder.Load().Producers.Select(p => p.TaxCode).ToList();
        var producers = await db.Producers.Where(p => demoTaxCodes.Contains(p.TaxCode)).ToListAsync(ct);
        var withLots = (await db.Lots.Select(l => l.ProductId).Distinct().ToListAsync(ct)).ToHashSet();
        var today = VietnamTime.Today(clock);
        var added = 0;
        foreach (var producer in producers)
        {
            var products = await db.Products.Include(p => p.Variants).AsNoTracking()
                .Where(p => p.ProducerId == producer.Id && p.IsPublished).OrderBy(p => p.Id).ToListAsync(ct);
            if (products.All(p => withLots.Contains(p.Id))) continue;
            var place = await LocationAsync(producer.Id, $"Cơ sở sản xuất {producer.Name}", producer.Address, ct);
            foreach (var product in products.Where(p => !withLots.Contains(p.Id)))
            {
                var age = 10 + (product.Id % 9); // older than the demo orders shipped from them (DemoAfterSaleSeeder)
                if (product.Slug == RiceSlug) await SeedRiceAsync(producer.Id, product, place, siteOrigin, today, ct);
                else await SeedSimpleAsync(producer.Id, product, place, siteOrigin, today.AddDays(-age), product.Slug == "thanh-long-ruot-do", ct);
                added++;
            }
        }
        logger.LogInformation("Demo traceability: {Lots} products got a lot", added);
        return added;
    }

    private async Task SeedSimpleAsync(int producerId, Product product, int placeId, string origin, DateOnly producedOn, bool rich, CancellationToken ct)
    {
        var variant = product.Variants.OrderBy(v => v.SortOrder).First();
        var code = $"L{producedOn:yyMMdd}-{product.Id}";
        var photos = rich ? new[] { new UploadedFile("thu-hoach.jpg", DemoDocuments.Photo("#d6336c")) } : [];
        var lot = await lots.CreateAsync(producerId, new LotDraft(variant.Id, code, producedOn, 100 + product.Id % 7 * 50, UnitOf(variant.PackSize),
            rich ? "Vườn số 4, ấp Bình Hòa" : null, producedOn.AddMonths(6),
            new EventDraft(VietnamTime.At(producedOn, 6, 30), placeId, "Thu hoạch/sản xuất theo quy trình của cơ sở.", null, photos)), Actor, origin, ct);
        if (rich)
            await lots.AppendAsync(producerId, lot.Id, TraceStep.Inspecting, new EventDraft(VietnamTime.At(producedOn, 10, 0), placeId,
                "Kiểm tra dư lượng thuốc bảo vệ thực vật: đạt.", true,
                [new UploadedFile("phieu-kiem-nghiem.pdf", DemoDocuments.Pdf("Phieu ket qua kiem nghiem", $"Lo {code}", "Du luong thuoc BVTV: khong phat hien", "Ket luan: DAT"))]),
                Actor, origin, ct);
        await lots.AppendAsync(producerId, lot.Id, TraceStep.Packing, new EventDraft(VietnamTime.At(producedOn.AddDays(1), 9, 0), placeId, null, null, []), Actor, origin, ct);
        await lots.AppendAsync(producerId, lot.Id, TraceStep.Shipping, new EventDraft(VietnamTime.At(producedOn.AddDays(2), 14, 0), placeId, "Giao cho đơn vị vận chuyển.", null, []), Actor, origin, ct);
    }

    /// <summary>Paddy harvested and tested, milled into the rice on sale, packed (with a corrected time), tested, shipped.</summary>
    private async Task SeedRiceAsync(int producerId, Product rice, int storeId, string origin, DateOnly today, CancellationToken ct)
    {
        var field = await LocationAsync(producerId, "Ruộng lúa Nàng Thơm ấp 3", "Ấp 3, xã Mỹ Lệ, Cần Đước", ct, 10.5912m, 106.5834m);
        var mill = await LocationAsync(producerId, "Nhà máy xay xát Chợ Đào", "Xã Mỹ Lệ, Cần Đước", ct, 10.5869m, 106.5901m);
        var paddyVariant = await PaddyVariantAsync(rice, ct);

        var harvested = today.AddDays(-20);
        var paddy = await lots.CreateAsync(producerId, new LotDraft(paddyVariant, $"LUA{harvested:yyMMdd}", harvested, 5000, LotUnit.Kilogram,
            "Thửa 215, tờ bản đồ số 9", null, new EventDraft(VietnamTime.At(harvested, 6, 0), field, "Gặt lúa Nàng Thơm vụ Đông Xuân.", null,
                [new UploadedFile("ruong-lua.jpg", DemoDocuments.Photo("#e0b84c"))])), Actor, origin, ct);
        await lots.AppendAsync(producerId, paddy.Id, TraceStep.Inspecting, new EventDraft(VietnamTime.At(harvested.AddDays(1), 8, 30), field,
            "Lấy mẫu kiểm dư lượng thuốc bảo vệ thực vật.", true,
            [new UploadedFile("kiem-nghiem-lua.pdf", DemoDocuments.Pdf("Phieu ket qua kiem nghiem", $"Lo lua LUA{harvested:yyMMdd}", "Du luong thuoc BVTV: dat QCVN 8-2:2011/BYT", "Ket luan: DAT"))]),
            Actor, origin, ct);
        await lots.AppendAsync(producerId, paddy.Id, TraceStep.Shipping, new EventDraft(VietnamTime.At(harvested.AddDays(2), 7, 0), field, "Chở lúa về nhà máy.", null, []), Actor, origin, ct);

        var milled = today.AddDays(-17);
        var variant = rice.Variants.OrderBy(v => v.SortOrder).First();
        var lot = await lots.CreateAsync(producerId, new LotDraft(variant.Id, $"ND{milled:yyMMdd}", milled, 3200, LotUnit.Kilogram,
            null, milled.AddMonths(12), new EventDraft(VietnamTime.At(milled, 8, 0), mill, "Sấy và xay xát, tách tấm.", null, []),
            "Sấy, xay xát", [(paddy.Id, 5000m)]), Actor, origin, ct);
        await lots.AppendAsync(producerId, lot.Id, TraceStep.Packing, new EventDraft(VietnamTime.At(milled.AddDays(1), 9, 0), mill, "Đóng túi 2 kg hút chân không.", null, []), Actor, origin, ct);
        await lots.CorrectAsync(producerId, lot.Id, 2, new EventDraft(VietnamTime.At(milled.AddDays(1), 13, 30), mill, "Đóng túi 2 kg hút chân không.", null, []),
            "Ghi nhầm giờ đóng gói (ca chiều, không phải ca sáng).", Actor, origin, ct);
        await lots.AppendAsync(producerId, lot.Id, TraceStep.Inspecting, new EventDraft(VietnamTime.At(milled.AddDays(2), 10, 0), mill,
            "Kiểm tra độ ẩm và tạp chất trước khi xuất.", true,
            [new UploadedFile("kiem-tra-gao.pdf", DemoDocuments.Pdf("Bien ban kiem tra chat luong", $"Lo ND{milled:yyMMdd}", "Do am: 13,5%", "Ket luan: DAT"))]), Actor, origin, ct);
        await lots.AppendAsync(producerId, lot.Id, TraceStep.Shipping, new EventDraft(VietnamTime.At(milled.AddDays(3), 14, 0), mill, null, null, []), Actor, origin, ct);
        await lots.AppendAsync(producerId, lot.Id, TraceStep.Receiving, new EventDraft(VietnamTime.At(milled.AddDays(3), 17, 0), storeId, "Nhập kho cửa hàng hợp tác xã.", null, []), Actor, origin, ct);

        await serials.RequestAsync(producerId, lot.Id, 12, Actor, ct);
        while (await issuer.IssueNextAsync(ct)) { }
    }

    /// <summary>The paddy the rice is milled from: a product of its own (never listed) so its lot has a GTIN and a page.</summary>
    private async Task<int> PaddyVariantAsync(Product rice, CancellationToken ct)
    {
        const string slug = "lua-tuoi-nang-thom-cho-dao";
        var existing = await db.Products.Include(p => p.Variants).FirstOrDefaultAsync(p => p.Slug == slug, ct);
        if (existing is not null) return existing.Variants[0].Id;
        var paddy = new Product(rice.ProducerId, rice.CategoryId, rice.OriginAreaId, "Lúa tươi Nàng Thơm Chợ Đào (nguyên liệu)", slug,
            "Lúa tươi thu hoạch tại ruộng của hợp tác xã, nguyên liệu xay gạo Nàng Thơm.", VietnamTime.Now(clock));
        paddy.AddVariant("Lúa tươi (kg)", 12_000, 0);
        db.Products.Add(paddy);
        await db.SaveChangesAsync(ct);
        return paddy.Variants[0].Id;
    }

    private async Task<int> LocationAsync(int producerId, string name, string area, CancellationToken ct, decimal? lat = null, decimal? lon = null)
    {
        var cleanName = name.Length > 120 ? name[..120] : name;
        var existing = await db.TraceLocations.FirstOrDefaultAsync(l => l.ProducerId == producerId && l.Name == cleanName, ct);
        return existing?.Id ?? (await lots.AddLocationAsync(producerId, cleanName, area.Length > 200 ? area[..200] : area, lat, lon, null, ct)).Id;
    }

    private static LotUnit UnitOf(string packSize) =>
        packSize.Contains("ml") || packSize.Contains("lít") ? LotUnit.Litre
        : packSize.Contains("kg") || packSize.Contains(" g") ? LotUnit.Kilogram
        : LotUnit.Piece;
}
