using System.Net;
using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Compliance;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Payments;
using LongAnMarket.Core.Producers;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Tests.Support;

namespace LongAnMarket.Tests.Web.Compliance;

/// <summary>
/// The yearly statistics for the Ministry (#24), on a database of their own: every figure is written here by hand
/// from the rows this test makes, with rows a second either side of the year's edge in Vietnam time.
/// </summary>
public abstract class YearlyStatisticsTests(AppFixture fixture)
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private readonly MarketAppFactory _app = fixture.App;

    [Fact]
    public async Task The_report_for_2025_counts_what_happened_in_2025_in_Vietnam_time()
    {
        var registered = new DateTimeOffset(2025, 1, 1, 8, 0, 0, Vietnam); // approved an hour later
        var approved = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db, registered: registered));
        await _app.WithDbAsync(db => TestCatalog.CreateAsync(db, ProducerStatus.Pending, registered));
        var suspendedLater = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db, registered: registered));
        await _app.WithDbAsync(async db =>
        {
            var producer = await db.Producers.FindAsync(suspendedLater.Producer.Id);
            producer!.Suspend("Giấy phép hết hạn", "admin", new DateTimeOffset(2026, 2, 1, 9, 0, 0, Vietnam)); // still selling at the end of 2025
            await db.SaveChangesAsync();
        });
        var rice = await _app.WithDbAsync(db => approved.AddProductAsync(db, "Gạo thơm", price: 120_000));
        var lime = await _app.WithDbAsync(db => approved.AddProductAsync(db, "Chanh không hạt", price: 40_000));
        await _app.WithDbAsync(async db =>
        {
            db.ListingVersions.AddRange(
                new ListingVersion(rice.Id, 1, new DateTime(2024, 12, 31, 17, 0, 0, DateTimeKind.Utc), "{}", "a1"), // 0:00 on 1/1/2025 in Vietnam
                new ListingVersion(rice.Id, 2, new DateTime(2025, 6, 1, 3, 0, 0, DateTimeKind.Utc), "{}", "a2"),
                new ListingVersion(lime.Id, 1, new DateTime(2024, 12, 31, 16, 59, 59, DateTimeKind.Utc), "{}", "b1"), // still 2024 in Vietnam
                new ListingVersion(lime.Id, 2, new DateTime(2025, 12, 31, 17, 0, 0, DateTimeKind.Utc), "{}", "b2")); // already 2026

            Order Placed(DateTimeOffset at, int quantity, DateTimeOffset? payBy = null) => new(OrderCode.New(),
                [new SubOrder(approved.Producer.Id, approved.Producer.Name, [new OrderLine(rice.Id, rice.Variants[0].Id, rice.Name, "1 kg", 120_000, quantity)], 30_000)],
                at, payBy ?? at.AddHours(24));
            var paidInMarch = Placed(new DateTimeOffset(2025, 3, 10, 9, 0, 0, Vietnam), 2); // 270,000 ₫
            var paidLastSecond = Placed(new DateTimeOffset(2025, 12, 31, 23, 59, 59, Vietnam), 1); // 150,000 ₫
            var paidNewYear = Placed(new DateTimeOffset(2026, 1, 1, 0, 0, 0, Vietnam), 3);
            var cancelled = Placed(new DateTimeOffset(2025, 5, 5, 10, 0, 0, Vietnam), 1);
            // Its deadline still ahead: the app's expiry job, running meanwhile, leaves it unpaid rather than expired.
            var pending = Placed(new DateTimeOffset(2025, 5, 6, 10, 0, 0, Vietnam), 1, DateTimeOffset.UtcNow.AddDays(30));
            foreach (var order in new[] { paidInMarch, paidLastSecond, paidNewYear })
                order.MarkPaid($"FT{order.Code}", order.TotalDong, "bank", new DateTimeOffset(order.PlacedAtUtc, TimeSpan.Zero).AddMinutes(1));
            cancelled.Cancel("shopper", new DateTimeOffset(2025, 5, 5, 11, 0, 0, Vietnam), "Đặt nhầm");
            db.Orders.AddRange(paidInMarch, paidLastSecond, paidNewYear, cancelled, pending);

            db.CounterfeitReports.Add(new CounterfeitReport("https://id.gs1.org/01/08930000000019", null, "Tem in mờ, nghi giả.", null, "hash",
                new DateTimeOffset(2025, 7, 1, 8, 0, 0, Vietnam)));
            db.AuthorityRequests.Add(new AuthorityRequest("Chi cục Quản lý thị trường", "12/CV-QLTT", "Thông tin người bán", new DateOnly(2025, 8, 1),
                new DateOnly(2025, 8, 10), null, "admin", new DateOnly(2025, 8, 1)));
            await db.SaveChangesAsync();
        });

        var (admin, _, _) = await Visitor.AdminAsync(_app);
        var response = await admin.GetAsync("/admin/statistics/report.csv?year=2025");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("year,metric,description,value", rows[0]);
        var figures = rows.Skip(1).Select(r => r.Split(',')).ToDictionary(f => f[1], f => long.Parse(f[^1]));
        Assert.All(rows.Skip(1), r => Assert.StartsWith("2025,", r));
        Assert.Equal(new Dictionary<string, long>
        {
            ["producers_registered_total"] = 3,
            ["producers_registered_in_year"] = 3,
            ["producers_approved_at_year_end"] = 2,
            ["listings_published_in_year"] = 1,
            ["listing_versions_in_year"] = 2,
            ["orders_placed"] = 4,
            ["orders_paid"] = 2,
            ["orders_paid_value_dong"] = 270_000 + 150_000,
            ["orders_not_paid"] = 1,
            ["counterfeit_reports"] = 1,
            ["authority_requests"] = 1,
        }, figures);

        foreach (var wrong in new[] { "abc", "2019", "2999" })
        {
            var refused = await admin.GetAsync($"/admin/statistics/report.csv?year={wrong}");
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("Năm báo cáo phải là một năm từ 2020", (await admin.PageAsync("/admin/requests")).QuerySelector("[role=alert]")!.TextContent);
        }
    }
}

public sealed class YearlyStatisticsTestsOnSqlite(SqliteAppFixture fixture) : YearlyStatisticsTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class YearlyStatisticsTestsOnMariaDb(MariaDbAppFixture fixture) : YearlyStatisticsTests(fixture), IClassFixture<MariaDbAppFixture>;
