using System.Net;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Seeding;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Infrastructure.Seeding;

/// <summary>From the demo data, every product page leads to its current lot, and that lot's record is intact.</summary>
public sealed class DemoTraceSeederTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.MySql)]
    public async Task Every_demo_product_links_to_a_verified_lot_and_the_rice_goes_one_step_back_to_its_paddy(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var app = new MarketAppFactory(database);
        await app.MigrateAsync();
        var lotsAdded = 0;
        await app.WithServicesAsync(async services =>
        {
            await services.GetRequiredService<DemoCatalogSeeder>().SeedAsync();
            lotsAdded = await services.GetRequiredService<DemoTraceSeeder>().SeedAsync("http://localhost");
        });
        var again = 0;
        await app.WithServicesAsync(async services => again = await services.GetRequiredService<DemoTraceSeeder>().SeedAsync("http://localhost"));
        Assert.Equal(0, again);

        var slugs = await app.WithDbAsync(db => db.Products.Listed().Select(p => p.Slug).ToListAsync());
        Assert.Equal(slugs.Count, lotsAdded);
        var visitor = new Visitor(app);
        foreach (var slug in slugs)
        {
            var product = await visitor.PageAsync($"/p/{slug}");
            var link = product.QuerySelector(".product__trace a")?.GetAttribute("href");
            Assert.True(link is not null, $"/p/{slug} has no lot link");
            var lot = await visitor.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, lot.StatusCode);
            Assert.Contains("Hồ sơ nguyên vẹn", (await HtmlPage.ParseAsync(lot)).Text());
        }

        var rice = await visitor.PageAsync((await visitor.PageAsync($"/p/{DemoTraceSeeder.RiceSlug}")).QuerySelector(".product__trace a")!.GetAttribute("href")!);
        var inputs = rice.QuerySelectorAll("#inputs-title + ul a");
        var paddy = Assert.Single(inputs);
        Assert.Contains("Lúa tươi Nàng Thơm", paddy.TextContent);
        Assert.NotNull(rice.QuerySelector(".timeline__item--corrected"));
        var paddyPage = await visitor.PageAsync(paddy.GetAttribute("href")!);
        Assert.Contains("Hồ sơ nguyên vẹn", paddyPage.Text());
        Assert.Contains("Gạo Nàng Thơm Chợ Đào", paddyPage.QuerySelector("#outputs-title + ul")!.TextContent);
        Assert.NotNull(paddyPage.QuerySelector("a[href$='.pdf']"));
        Assert.Equal(12, await app.WithDbAsync(db => db.LotSerials.CountAsync()));
    }
}
