using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Traceability;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Support;

/// <summary>Lots made through the real <see cref="LotService"/>, for a fresh producer and product per test.</summary>
public sealed record TestLot(TestCatalog Catalog, Product Product, int LotId, string Gtin, string Code, int LocationId)
{
    public const string Origin = "http://localhost";
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public string Path => new DigitalLink(Gtin, Code, null).Path;

    public static DateTimeOffset DaysAgo(int days, int hour = 8) =>
        new(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(-days).ToDateTime(new TimeOnly(hour, 0)), Vietnam);

    /// <summary>A lot harvested 5 days ago, packed 4 days ago and inspected 3 days ago.</summary>
    public static async Task<TestLot> CreateAsync(MarketAppFactory app, string? code = null, bool withHistory = true)
    {
        var catalog = await app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var product = await app.WithDbAsync(db => catalog.AddProductAsync(db, "Thanh long ruột đỏ"));
        code ??= "TL" + catalog.Tag[..6].ToUpperInvariant();
        int lotId = 0, locationId = 0;
        string gtin = "";
        await app.WithServicesAsync(async services =>
        {
            var lots = services.GetRequiredService<LotService>();
            locationId = (await lots.AddLocationAsync(catalog.Producer.Id, "Vườn số 4", "Ấp Bình Hòa, Châu Thành", 10.52m, 106.4m, null)).Id;
            var variantId = product.Variants[0].Id;
            var producedOn = DateOnly.FromDateTime(DaysAgo(5).DateTime);
            var lot = await lots.CreateAsync(catalog.Producer.Id, new LotDraft(variantId, code, producedOn, 500, LotUnit.Kilogram, "Thửa 12",
                producedOn.AddDays(30), new EventDraft(DaysAgo(5, 6), locationId, "Hái lúc sáng sớm.", null, [])), "test", Origin);
            lotId = lot.Id;
            gtin = lot.Gtin;
            if (withHistory)
            {
                await lots.AppendAsync(catalog.Producer.Id, lot.Id, TraceStep.Packing, new EventDraft(DaysAgo(4), locationId, "Đóng thùng 10 kg.", null, []), "test", Origin);
                await lots.AppendAsync(catalog.Producer.Id, lot.Id, TraceStep.Inspecting, new EventDraft(DaysAgo(3), locationId, "Kiểm tra cảm quan.", true, []), "test", Origin);
            }
        });
        return new TestLot(catalog, product, lotId, gtin, code, locationId);
    }
}
