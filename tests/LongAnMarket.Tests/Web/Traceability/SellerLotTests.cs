using System.Net;
using LongAnMarket.Infrastructure.Producers;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Traceability;

/// <summary>A producer records lots through the forms; bad input gets a clear message and writes nothing.</summary>
public abstract class SellerLotTests(AppFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;

    /// <summary>An approved producer signed in, with one product and one place.</summary>
    private async Task<(Visitor Seller, int ProducerId, int VariantId, int LocationId)> ProducerAsync()
    {
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var seller = new Visitor(_app);
        await seller.SignUpAndInAsync();
        var taxNumber = TestTaxNumbers.Next();
        await seller.SubmitAsync("/seller/apply", "/seller/apply", TestIdentity.Added(new()
        {
            ["BusinessName"] = $"Cơ sở {Guid.NewGuid():N}"[..20], ["TaxNumber"] = taxNumber, ["OriginAreaId"] = catalog.Area.Id.ToString(),
            ["Address"] = "Ấp 1", ["Phone"] = "0909123456", ["ContactEmail"] = "coso@example.vn",
        }), [("Documents", "a.pdf", TestImages.Pdf)]);
        var producerId = await _app.WithDbAsync(db => db.Producers.Where(p => p.TaxCode == taxNumber).Select(p => p.Id).SingleAsync());
        await _app.WithServicesAsync(s => s.GetRequiredService<ProducerStatusService>().ApproveAsync(producerId, "admin@example.vn"));
        await seller.SubmitAsync("/seller/products/new", "/seller/products/new", new()
        {
            ["Name"] = $"Lạp xưởng {catalog.Tag}", ["CategoryId"] = catalog.Category.Id.ToString(), ["Description"] = "Thơm.",
            ["Variants[0].PackSize"] = "Gói 500 g", ["Variants[0].PriceDong"] = "120000", ["Variants[0].Stock"] = "30",
        });
        var variantId = await _app.WithDbAsync(db => db.ProductVariants.Where(v => db.Products.Any(p => p.Id == v.ProductId && p.ProducerId == producerId)).Select(v => v.Id).SingleAsync());

        var added = await seller.SubmitAsync("/seller/locations", "/seller/locations", new()
        {
            ["Name"] = "Xưởng Năm Phước", ["Area"] = "Thị trấn Cần Đước", ["Latitude"] = "10.5101", ["Longitude"] = "106.6046", ["Gln"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var locationId = await _app.WithDbAsync(db => db.TraceLocations.Where(l => l.ProducerId == producerId).Select(l => l.Id).SingleAsync());
        return (seller, producerId, variantId, locationId);
    }

    private static Dictionary<string, string> NewLot(int variantId, int locationId, string code, DateOnly day) => new()
    {
        ["VariantId"] = variantId.ToString(), ["Code"] = code, ["Quantity"] = "250.5", ["Unit"] = "Kilogram", ["Plot"] = "",
        ["MadeFromLots"] = "false", ["Date"] = day.ToString("yyyy-MM-dd"), ["Time"] = "07:30", ["LocationId"] = locationId.ToString(),
        ["Note"] = "Mẻ đầu tháng.",
    };

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    [Fact]
    public async Task A_producer_creates_a_lot_with_a_photo_adds_events_and_prints_its_labels()
    {
        var (seller, _, variantId, locationId) = await ProducerAsync();
        var created = await seller.SubmitAsync("/seller/lots/new", "/seller/lots/new", NewLot(variantId, locationId, "LX-2611/A", Today.AddDays(-2)),
            [("files", "me-lap-xuong.png", TestImages.Png(900, 600))]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var lotPage = created.Headers.Location!.OriginalString;
        var lot = await _app.WithDbAsync(db => db.Lots.Include(l => l.Events).ThenInclude(e => e.Attachments).SingleAsync(l => l.Code == "LX-2611/A"));
        Assert.Equal(250.5m, lot.Quantity);
        Assert.StartsWith("0893000", lot.Gtin); // assigned under the operator's (placeholder) prefix
        Assert.Single(lot.Events[0].Attachments);

        var detail = await seller.PageAsync(lotPage);
        Assert.Contains("Hồ sơ nguyên vẹn", detail.Text());
        Assert.Contains("(10) LX-2611/A", detail.Text());
        Assert.Contains("tiền tố thử nghiệm", detail.Text());
        var inspected = await seller.SubmitAsync(lotPage, $"{lotPage}/events", new()
        {
            ["Step"] = "Inspecting", ["Passed"] = "true", ["Date"] = Today.AddDays(-1).ToString("yyyy-MM-dd"), ["Time"] = "09:00",
            ["LocationId"] = locationId.ToString(), ["Note"] = "Kiểm tra vi sinh.",
        }, [("files", "phieu.pdf", TestImages.Pdf)]);
        Assert.Equal(HttpStatusCode.Redirect, inspected.StatusCode);

        var publicPage = await new Visitor(_app).PageAsync(lot.Gtin is { } gtin ? $"/01/{gtin}/10/LX-2611%2FA" : "");
        Assert.Contains("Kiểm tra chất lượng", publicPage.Text());
        Assert.Contains("Đạt", publicPage.Text());
        Assert.NotNull(publicPage.QuerySelector("a[href$='.pdf']"));
        Assert.NotNull(publicPage.QuerySelector(".timeline__files img[src$='.webp']"));

        var labels = await seller.PageAsync($"{lotPage}/labels?count=30");
        Assert.Equal(30, labels.QuerySelectorAll(".label").Length);
        Assert.Contains($"(01) {lot.Gtin} (10) LX-2611/A", labels.QuerySelector(".label")!.TextContent);

        var png = await seller.GetAsync($"/trace/lots/{lot.Id}/qr.png?download=true");
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", png.Content.Headers.ContentDisposition?.ToString() ?? png.Headers.ToString());
        var svg = await seller.GetAsync($"/trace/lots/{lot.Id}/qr.svg");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("ĐỢT-1", 0, "Mã lô")]
    [InlineData("LX 01", 0, "Mã lô")]
    [InlineData("OK-FUTURE", -3, "tương lai")]
    public async Task Bad_lot_input_gets_a_clear_message_and_writes_nothing(string code, int daysAhead, string expected)
    {
        var (seller, producerId, variantId, locationId) = await ProducerAsync();
        var response = await seller.SubmitAsync("/seller/lots/new", "/seller/lots/new", NewLot(variantId, locationId, code, Today.AddDays(-daysAhead)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, (await HtmlPage.ParseAsync(response)).QuerySelector("#form-errors")!.TextContent);
        Assert.False(await _app.WithDbAsync(db => db.Lots.AnyAsync(l => l.ProducerId == producerId)));
        Assert.False(await _app.WithDbAsync(db => db.TraceEvents.AnyAsync(e => db.Lots.Any(l => l.Id == e.LotId && l.ProducerId == producerId))));
    }

    [Fact]
    public async Task A_duplicate_lot_code_an_event_before_production_and_another_producers_input_are_refused()
    {
        var (seller, producerId, variantId, locationId) = await ProducerAsync();
        await seller.SubmitAsync("/seller/lots/new", "/seller/lots/new", NewLot(variantId, locationId, "A1", Today.AddDays(-2)));
        var duplicate = await seller.SubmitAsync("/seller/lots/new", "/seller/lots/new", NewLot(variantId, locationId, "A1", Today.AddDays(-1)));
        Assert.Contains("đã có lô mã", (await HtmlPage.ParseAsync(duplicate)).Text());
        var caseDiffers = await seller.SubmitAsync("/seller/lots/new", "/seller/lots/new", NewLot(variantId, locationId, "a1", Today.AddDays(-1)));
        Assert.Equal(HttpStatusCode.Redirect, caseDiffers.StatusCode); // GS1 lot codes are case-sensitive
        var lotId = await _app.WithDbAsync(db => db.Lots.Where(l => l.ProducerId == producerId && l.Code == "A1").Select(l => l.Id).SingleAsync());

        var early = await seller.SubmitAsync($"/seller/lots/{lotId}", $"/seller/lots/{lotId}/events", new()
        {
            ["Step"] = "Packing", ["Date"] = Today.AddDays(-5).ToString("yyyy-MM-dd"), ["Time"] = "09:00", ["LocationId"] = locationId.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, early.StatusCode);
        Assert.EndsWith("#add-event", early.Headers.Location!.OriginalString); // the browser lands at the form it sent
        var refused = await seller.PageAsync($"/seller/lots/{lotId}");
        Assert.Contains("trước ngày sản xuất", refused.QuerySelector("#add-event .notice--warning")!.TextContent); // beside that form
        Assert.Single(refused.QuerySelectorAll(".notice--warning"));
        Assert.Equal(1, await _app.WithDbAsync(db => db.TraceEvents.CountAsync(e => e.LotId == lotId)));

        var stranger = await TestLot.CreateAsync(_app, withHistory: false);
        var fields = NewLot(variantId, locationId, "A2", Today.AddDays(-1));
        fields["MadeFromLots"] = "true"; fields["Process"] = "Xay"; fields["Inputs[0].LotId"] = stranger.LotId.ToString(); fields["Inputs[0].Quantity"] = "10";
        var foreign = await seller.SubmitAsync("/seller/lots/new", "/seller/lots/new", fields);
        Assert.Contains("thuộc nhà sản xuất khác", (await HtmlPage.ParseAsync(foreign)).Text());
        Assert.False(await _app.WithDbAsync(db => db.Lots.AnyAsync(l => l.Code == "A2")));
    }

    [Fact]
    public async Task An_oversized_attachment_is_refused_and_the_event_is_not_written()
    {
        var (seller, producerId, variantId, locationId) = await ProducerAsync();
        await seller.SubmitAsync("/seller/lots/new", "/seller/lots/new", NewLot(variantId, locationId, "BIG1", Today.AddDays(-1)));
        var lotId = await _app.WithDbAsync(db => db.Lots.Where(l => l.ProducerId == producerId).Select(l => l.Id).SingleAsync());
        var tooBig = new byte[5 * 1024 * 1024 + 1];
        TestImages.Pdf.CopyTo(tooBig, 0);
        var response = await seller.SubmitAsync($"/seller/lots/{lotId}", $"/seller/lots/{lotId}/events", new()
        {
            ["Step"] = "Inspecting", ["Passed"] = "true", ["Date"] = Today.ToString("yyyy-MM-dd"), ["Time"] = "00:01", ["LocationId"] = locationId.ToString(),
        }, [("files", "ket-qua.pdf", tooBig)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("lớn hơn 5 MB", (await seller.PageAsync($"/seller/lots/{lotId}")).QuerySelector(".notice--warning")!.TextContent);
        Assert.Equal(1, await _app.WithDbAsync(db => db.TraceEvents.CountAsync(e => e.LotId == lotId)));
    }

    [Fact]
    public async Task Serial_stickers_are_issued_in_the_background_and_printed_page_by_page()
    {
        var (seller, producerId, variantId, locationId) = await ProducerAsync();
        await seller.SubmitAsync("/seller/lots/new", "/seller/lots/new", NewLot(variantId, locationId, "SER1", Today.AddDays(-1)));
        var lotId = await _app.WithDbAsync(db => db.Lots.Where(l => l.ProducerId == producerId).Select(l => l.Id).SingleAsync());
        await seller.SubmitAsync($"/seller/lots/{lotId}", $"/seller/lots/{lotId}/serials", new() { ["count"] = "100001" });
        Assert.Contains("100.000", (await seller.PageAsync($"/seller/lots/{lotId}")).QuerySelector(".notice--warning")!.TextContent);
        await seller.SubmitAsync($"/seller/lots/{lotId}", $"/seller/lots/{lotId}/serials", new() { ["count"] = "250" });

        var issued = await Eventually.ReadAsync(() => _app.WithDbAsync(db => db.LotSerials.CountAsync(s => s.LotId == lotId)), n => n >= 250, TimeSpan.FromSeconds(30));
        Assert.Equal(250, issued);
        var batchId = await _app.WithDbAsync(db => db.SerialBatches.Where(b => b.LotId == lotId).Select(b => b.Id).SingleAsync());
        var page2 = await seller.PageAsync($"/seller/lots/{lotId}/serials/{batchId}/labels?page=2");
        Assert.Equal(10, page2.QuerySelectorAll(".label").Length); // 240 per page
        Assert.Contains("(21) ", page2.QuerySelector(".label")!.TextContent);
        Assert.NotNull(page2.QuerySelector(".label svg"));
    }

    [Fact]
    public async Task Another_producers_lot_is_never_found()
    {
        var (seller, _, _, _) = await ProducerAsync();
        var stranger = await TestLot.CreateAsync(_app, withHistory: false);
        Assert.Equal(HttpStatusCode.NotFound, (await seller.GetAsync($"/seller/lots/{stranger.LotId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await seller.GetAsync($"/seller/lots/{stranger.LotId}/labels")).StatusCode);
    }
}

public sealed class SellerLotTestsOnSqlite(SqliteAppFixture fixture) : SellerLotTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class SellerLotTestsOnMariaDb(MariaDbAppFixture fixture) : SellerLotTests(fixture), IClassFixture<MariaDbAppFixture>;
