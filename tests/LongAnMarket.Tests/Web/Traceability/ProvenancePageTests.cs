using System.Net;
using System.Text.Json;
using LongAnMarket.Core.Producers;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Producers;
using LongAnMarket.Infrastructure.Traceability;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Traceability;

/// <summary>What a consumer sees after scanning a package: the record, whether it can be trusted, recalls, corrections.</summary>
public abstract class ProvenancePageTests(AppFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;
    private readonly ShiftedClock _clock = fixture.Clock;
    private static readonly int ReverifySeconds = new TraceabilityOptions().ReverifySeconds;

    [Fact]
    public async Task The_page_shows_the_lot_and_its_verified_timeline_and_a_row_edited_in_the_database_shows_as_altered()
    {
        var lot = await TestLot.CreateAsync(_app);
        var page = await new Visitor(_app).PageAsync(lot.Path);
        var text = page.Text();
        Assert.Contains("Hồ sơ nguyên vẹn", text);
        Assert.Contains("3 bản ghi", text);
        Assert.Contains("Kiểm tra lúc", text);
        Assert.Contains("Thanh long ruột đỏ", text);
        Assert.Contains(lot.Catalog.Producer.Name, text);
        Assert.Contains(lot.Code, text);
        Assert.Contains("Thửa 12", text);
        Assert.Contains("Vườn số 4, Ấp Bình Hòa, Châu Thành", text);
        Assert.Contains("Hết hạn", text); // the test product's VietGAP certificate ran out in 2024
        Assert.Equal(3, page.QuerySelectorAll(".timeline__item").Length);
        Assert.NotNull(page.QuerySelector($"a[href='/p/{lot.Product.Slug}']"));
        Assert.NotNull(page.QuerySelector("a[href^='https://www.openstreetmap.org/']"));

        await _app.WithDbAsync(db => db.TraceEvents.Where(e => e.LotId == lot.LotId && e.Sequence == 2)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.Note, "Đóng thùng 12 kg.")));
        // Until the record is checked again the page shows it as it was verified: the edit is never shown as intact.
        var beforeRecheck = (await new Visitor(_app).PageAsync(lot.Path)).Text();
        Assert.Contains("Hồ sơ nguyên vẹn", beforeRecheck);
        Assert.Contains("Đóng thùng 10 kg.", beforeRecheck);
        Assert.DoesNotContain("Đóng thùng 12 kg.", beforeRecheck);

        _clock.Advance(TimeSpan.FromSeconds(ReverifySeconds));
        var altered = (await new Visitor(_app).PageAsync(lot.Path)).Text();
        Assert.Contains("Hồ sơ đã bị sửa sau sự kiện 1", altered);
        Assert.DoesNotContain("Hồ sơ nguyên vẹn", altered);
    }

    [Fact]
    public async Task A_lot_row_edited_in_the_database_is_checked_again_on_the_next_view()
    {
        var lot = await TestLot.CreateAsync(_app);
        Assert.Contains("Hồ sơ nguyên vẹn", (await new Visitor(_app).PageAsync(lot.Path)).Text());
        await _app.WithDbAsync(db => db.Lots.Where(l => l.Id == lot.LotId).ExecuteUpdateAsync(l => l.SetProperty(x => x.Plot, "Thửa 99")));
        var altered = (await new Visitor(_app).PageAsync(lot.Path)).Text();
        Assert.Contains("Hồ sơ đã bị sửa sau sự kiện 0", altered); // the plot is sealed in the first event
        Assert.Contains("Thửa 99", altered);
    }

    [Fact]
    public async Task An_event_added_through_the_platform_shows_on_the_next_view()
    {
        var lot = await TestLot.CreateAsync(_app);
        Assert.Equal(3, (await new Visitor(_app).PageAsync(lot.Path)).QuerySelectorAll(".timeline__item").Length);
        await _app.WithServicesAsync(s => s.GetRequiredService<LotService>().AppendAsync(lot.Catalog.Producer.Id, lot.LotId, TraceStep.Shipping,
            new EventDraft(TestLot.DaysAgo(2), lot.LocationId, "Giao cho nhà phân phối.", null, []), "test", TestLot.Origin));
        var page = await new Visitor(_app).PageAsync(lot.Path);
        Assert.Equal(4, page.QuerySelectorAll(".timeline__item").Length);
        Assert.Contains("Giao cho nhà phân phối.", page.Text());
        Assert.Contains("Hồ sơ nguyên vẹn", page.Text());
    }

    [Fact]
    public async Task A_lot_made_from_a_viewed_lot_shows_on_its_page_at_once_one_step_forward_and_back()
    {
        var paddy = await TestLot.CreateAsync(_app);
        Assert.Empty((await new Visitor(_app).PageAsync(paddy.Path)).QuerySelectorAll("#outputs-title"));
        var dried = await _app.WithDbAsync(db => paddy.Catalog.AddProductAsync(db, "Thanh long sấy dẻo"));
        var madeOn = DateOnly.FromDateTime(TestLot.DaysAgo(1).DateTime);
        var output = await _app.WithServicesAsync(s => s.GetRequiredService<LotService>().CreateAsync(paddy.Catalog.Producer.Id,
            new LotDraft(dried.Variants[0].Id, "SAY" + paddy.Code[2..], madeOn, 50, LotUnit.Kilogram, null, null,
                new EventDraft(TestLot.DaysAgo(1), paddy.LocationId, null, null, []), "Sấy dẻo", [(paddy.LotId, 200m)]), "test", TestLot.Origin));

        var forward = await new Visitor(_app).PageAsync(paddy.Path);
        Assert.Contains("Thanh long sấy dẻo", forward.QuerySelector("section[aria-labelledby='outputs-title']")?.TextContent ?? "");
        var back = await new Visitor(_app).PageAsync(output.DigitalLink.Path);
        Assert.NotNull(back.QuerySelector($"a[href='{paddy.Path}']"));
        Assert.Contains("Hồ sơ nguyên vẹn", back.Text());
    }

    [Fact]
    public async Task Deleting_the_last_record_or_forging_a_signature_is_detected_too()
    {
        var lot = await TestLot.CreateAsync(_app);
        await _app.WithDbAsync(db => db.TraceEvents.Where(e => e.LotId == lot.LotId && e.Sequence == 1)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.Signature, "AAAA" + new string('B', 82))));
        Assert.Contains("Hồ sơ đã bị sửa sau sự kiện 0", (await new Visitor(_app).PageAsync(lot.Path)).Text());

        var other = await TestLot.CreateAsync(_app);
        await _app.WithDbAsync(db => db.TraceEvents.Where(e => e.LotId == other.LotId && e.Sequence == 3).ExecuteDeleteAsync());
        Assert.Contains("Hồ sơ đã bị sửa sau sự kiện 2", (await new Visitor(_app).PageAsync(other.Path)).Text());
    }

    [Fact]
    public async Task A_suspended_producers_lot_still_resolves_and_says_the_producer_is_suspended()
    {
        var lot = await TestLot.CreateAsync(_app);
        await _app.WithServicesAsync(s => s.GetRequiredService<ProducerStatusService>()
            .SuspendAsync(lot.Catalog.Producer.Id, "Kiểm tra đột xuất", "admin@example.vn"));
        var response = await new Visitor(_app).GetAsync(lot.Path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Contains("Hiện đang tạm ngừng bán trên sàn", page.Text());
        Assert.Contains("Hồ sơ nguyên vẹn", page.Text());
        Assert.Null(page.QuerySelector($"a[href='/p/{lot.Product.Slug}']")); // nothing to buy
    }

    [Fact]
    public async Task A_head_older_than_twice_the_anchoring_interval_without_a_time_stamp_is_not_anchored_never_intact()
    {
        var lot = await TestLot.CreateAsync(_app); // no TSA is configured here: nothing is ever time-stamped
        var fresh = (await new Visitor(_app).PageAsync(lot.Path)).Text();
        Assert.Contains("Hồ sơ nguyên vẹn", fresh);
        Assert.Contains("Đang chờ đóng dấu thời gian độc lập", fresh);

        _clock.Advance(TimeSpan.FromMinutes(2 * new TraceabilityOptions().AnchorMinutes) + TimeSpan.FromSeconds(ReverifySeconds + 1));
        var page = await new Visitor(_app).PageAsync(lot.Path);
        Assert.Contains("Chưa neo thời gian", page.Text());
        Assert.DoesNotContain("Hồ sơ nguyên vẹn", page.Text());
        Assert.NotNull(page.QuerySelector(".trace-verify--unanchored"));
    }

    [Fact]
    public async Task An_append_committed_between_reading_the_record_and_its_log_is_not_reported_as_an_alteration()
    {
        var lot = await TestLot.CreateAsync(_app);
        var loads = 0;
        var audited = await _app.WithServicesAsync(services => services.GetRequiredService<LotRecordAudit>().LoadAndVerifyAsync(async ct =>
        {
            var read = await services.GetRequiredService<LotService>().WithRecord().AsNoTrackingWithIdentityResolution().FirstAsync(l => l.Id == lot.LotId, ct);
            if (loads++ == 0) // another click lands right after the record was read, before its log is
                await _app.WithServicesAsync(other => other.GetRequiredService<LotService>().AppendAsync(lot.Catalog.Producer.Id, lot.LotId,
                    TraceStep.Shipping, new EventDraft(TestLot.DaysAgo(1), lot.LocationId, null, null, []), "test", TestLot.Origin));
            return read;
        }, CancellationToken.None));
        Assert.Equal(2, loads); // the first reading looked altered (a statement of 4 records, 3 read) and was read again
        Assert.True(audited!.Verification.IsIntact, audited.Verification.Problem);
        Assert.Equal(4, audited.Verification.RecordCount);
    }

    [Fact]
    public async Task A_recalled_lot_opens_with_a_red_banner_and_no_buy_link()
    {
        var lot = await TestLot.CreateAsync(_app);
        await _app.WithServicesAsync(s => s.GetRequiredService<LotService>().RecallAsync(null, lot.LotId, "Phát hiện dư lượng vượt ngưỡng", "admin@example.vn"));
        var response = await new Visitor(_app).GetAsync(lot.Path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        var banner = page.QuerySelector(".trace-banner--recall");
        Assert.NotNull(banner);
        Assert.Contains("Phát hiện dư lượng vượt ngưỡng", banner!.TextContent);
        Assert.Null(page.QuerySelector($"a[href='/p/{lot.Product.Slug}']"));
        Assert.Contains("Hồ sơ nguyên vẹn", page.Text()); // the recall is itself a signed record
        Assert.Contains("Thu hồi", page.QuerySelectorAll(".timeline__title").Last().TextContent);
    }

    [Fact]
    public async Task A_corrected_event_stays_struck_through_and_points_to_its_correction()
    {
        var lot = await TestLot.CreateAsync(_app);
        await _app.WithServicesAsync(s => s.GetRequiredService<LotService>().CorrectAsync(lot.Catalog.Producer.Id, lot.LotId, 2,
            new EventDraft(TestLot.DaysAgo(4, 15), lot.LocationId, "Đóng thùng 5 kg.", null, []), "Ghi nhầm quy cách thùng", "test", TestLot.Origin));
        var page = await new Visitor(_app).PageAsync(lot.Path);
        var corrected = page.QuerySelector(".timeline__item--corrected");
        Assert.NotNull(corrected);
        Assert.Contains(corrected!.QuerySelectorAll("s"), s => s.TextContent == "Đóng thùng 10 kg.");
        Assert.Contains("Ghi nhầm quy cách thùng", corrected.TextContent);
        Assert.Contains("Đóng thùng 5 kg.", page.Text());
        Assert.Contains("Hồ sơ nguyên vẹn", page.Text());
        Assert.Contains("5 bản ghi", page.Text()); // 3 events + corrective event + error declaration
    }

    [Fact]
    public async Task Scans_are_recorded_in_the_background_and_counted_on_the_page()
    {
        var lot = await TestLot.CreateAsync(_app);
        var visitor = new Visitor(_app);
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(lot.Path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, lot.Path))).StatusCode);

        var recorded = await Eventually.ReadAsync(() => _app.WithDbAsync(db => db.Scans.CountAsync(s => s.LotId == lot.LotId)), n => n >= 5, TimeSpan.FromSeconds(30));
        Assert.Equal(5, recorded); // HEAD is not a scan
        var scans = await _app.WithDbAsync(db => db.Scans.Where(s => s.LotId == lot.LotId).ToListAsync());
        Assert.All(scans, s => Assert.Matches("^[0-9a-f]{16}$", s.ClientHash));
        Assert.Single(scans.Select(s => s.ClientHash).Distinct());
        Assert.Equal(5, await _app.WithDbAsync(db => db.Lots.Where(l => l.Id == lot.LotId).Select(l => l.ScanCount).SingleAsync()));
        Assert.Contains("đã được quét 6 lần", (await visitor.PageAsync(lot.Path)).Text());
    }

    [Fact]
    public async Task A_report_of_a_suspected_fake_lands_in_the_admin_queue()
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        var visitor = new Visitor(_app);
        var response = await visitor.SubmitAsync($"/trace/report?code={Uri.EscapeDataString(lot.Path)}", "/trace/report", new()
        {
            ["Code"] = lot.Path, ["Message"] = "Mua ở chợ, bao bì in mờ, giá rẻ bất thường.", ["Contact"] = "0909123456",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var report = await _app.WithDbAsync(db => db.CounterfeitReports.SingleAsync(r => r.LotId == lot.LotId));
        Assert.Equal("0909123456", report.Contact);

        var empty = await visitor.SubmitAsync("/trace/report", "/trace/report", new() { ["Code"] = lot.Path, ["Message"] = "" });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Hãy mô tả điều bạn thấy", (await HtmlPage.ParseAsync(empty)).Text());
        Assert.Equal(1, await _app.WithDbAsync(db => db.CounterfeitReports.CountAsync(r => r.LotId == lot.LotId)));
    }

    [Fact]
    public async Task A_report_carries_up_to_three_photos_without_their_gps_that_only_the_trade_office_sees()
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        var visitor = new Visitor(_app);
        var fields = new Dictionary<string, string> { ["Code"] = lot.Path, ["Message"] = "Tem in lệch, màu nhạt hơn hàng mua ở cửa hàng." };
        var tooMany = await visitor.SubmitAsync("/trace/report", "/trace/report", fields,
            [.. Enumerable.Range(1, 4).Select(i => ("Photos", $"anh-{i}.png", TestImages.Png(64, 64)))]);
        var notAPhoto = await visitor.SubmitAsync("/trace/report", "/trace/report", fields, [("Photos", "anh.jpg", TestImages.Pdf)]);
        foreach (var refused in new[] { tooMany, notAPhoto })
        {
            var page = await HtmlPage.ParseAsync(refused);
            Assert.Equal("true", page.QuerySelector("#Photos")!.GetAttribute("aria-invalid"));
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#Photos-error")!.TextContent));
        }
        Assert.Equal(0, await _app.WithDbAsync(db => db.CounterfeitReports.CountAsync(r => r.LotId == lot.LotId)));

        var sent = await visitor.SubmitAsync("/trace/report", "/trace/report", fields,
            [("Photos", "bao-bi.jpg", TestImages.JpegWithGps(640, 480)), ("Photos", "tem.png", TestImages.Png(300, 300))]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var report = await _app.WithDbAsync(db => db.CounterfeitReports.Include(r => r.Photos).SingleAsync(r => r.LotId == lot.LotId));
        Assert.Equal(2, report.Photos.Count);

        var (admin, _, _) = await Visitor.AdminAsync(_app);
        var queue = await admin.PageAsync("/admin/reports");
        var photos = queue.QuerySelectorAll($".report__photos img").Select(i => i.GetAttribute("src")!).Where(src => src.Contains($"/reports/{report.Id}/")).ToList();
        Assert.Equal(2, photos.Count);
        var photo = await admin.GetAsync(photos[0]);
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal("image/webp", photo.Content.Headers.ContentType!.MediaType);
        var bytes = await photo.Content.ReadAsByteArrayAsync();
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.DoesNotContain("GPSLatitude", System.Text.Encoding.ASCII.GetString(bytes));
        Assert.NotEqual(HttpStatusCode.OK, (await new Visitor(_app).GetAsync(photos[0])).StatusCode); // never public
        Assert.NotEqual(HttpStatusCode.OK, (await visitor.GetAsync(photos[0])).StatusCode);
    }
}

public sealed class ProvenancePageTestsOnSqlite(SqliteAppFixture fixture) : ProvenancePageTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class ProvenancePageTestsOnMariaDb(MariaDbAppFixture fixture) : ProvenancePageTests(fixture), IClassFixture<MariaDbAppFixture>;
