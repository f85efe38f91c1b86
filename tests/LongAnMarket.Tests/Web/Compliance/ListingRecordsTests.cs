using System.Net;
using System.Text.Json;
using LongAnMarket.Infrastructure.Catalog;
using LongAnMarket.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Compliance;

/// <summary>Every version of a listing shoppers saw is kept and handed to the authorities with the seller's records (#24).</summary>
public abstract class ListingRecordsTests(AppFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;

    [Fact]
    public async Task Two_price_edits_leave_three_listing_versions_in_the_producer_export()
    {
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var draft = new ProductDraft($"Khóm Bến Lức {catalog.Tag}", catalog.Category.Id, "Khóm chín cây.",
            [new VariantDraft(null, "Trái 1 kg", 25_000, 30, null)], [], [], Label: TestCatalog.CompleteLabel("khóm"));
        var product = await _app.WithServicesAsync(s => s.GetRequiredService<SellerProductService>().CreateAsync(catalog.Producer.Id, draft));
        var variantId = product.Variants[0].Id;
        async Task EditAsync(long price, int stock) => await _app.WithServicesAsync(s => s.GetRequiredService<SellerProductService>()
            .UpdateAsync(catalog.Producer.Id, product.Id, draft with { Variants = [new VariantDraft(variantId, "Trái 1 kg", price, stock, null)] }));

        await EditAsync(26_000, 30); // a draft: shoppers saw nothing yet
        await _app.WithServicesAsync(s => s.GetRequiredService<SellerProductService>().PublishAsync(catalog.Producer.Id, product.Id));
        await EditAsync(28_000, 30);
        await EditAsync(28_000, 12); // only the stock moved: the listing reads the same
        await EditAsync(30_000, 12);

        var (admin, _, _) = await Visitor.AdminAsync(_app);
        var json = await admin.GetAsync($"/admin/producers/{catalog.Producer.Id}/export.json");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        using var export = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.Equal(catalog.Producer.TaxCode, export.RootElement.GetProperty("producer").GetProperty("taxCode").GetString());
        var versions = export.RootElement.GetProperty("listings").EnumerateArray().Where(l => l.GetProperty("productId").GetInt32() == product.Id).ToList();
        Assert.Equal([1, 2, 3], versions.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal([26_000L, 28_000L, 30_000L], versions.Select(v => v.GetProperty("listing").GetProperty("packs")[0].GetProperty("priceDong").GetInt64()));
        Assert.All(versions, v => Assert.Equal("100% khóm.", v.GetProperty("listing").GetProperty("label").GetProperty("ingredients").GetString()));

        var csv = await admin.GetAsync($"/admin/producers/{catalog.Producer.Id}/listings.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var rows = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("product_id,version,recorded_at_utc,name", rows[0]);
        Assert.Equal(3, rows.Count(r => r.StartsWith($"{product.Id},")));
        Assert.Contains(rows, r => r.StartsWith($"{product.Id},3,") && r.Contains("Trái 1 kg: 30000 ₫"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/producers/999999/export.json")).StatusCode);
    }
}

public sealed class ListingRecordsTestsOnSqlite(SqliteAppFixture fixture) : ListingRecordsTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class ListingRecordsTestsOnMariaDb(MariaDbAppFixture fixture) : ListingRecordsTests(fixture), IClassFixture<MariaDbAppFixture>;
