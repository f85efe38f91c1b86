using LongAnMarket.Core.Complaints;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Complaints;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Infrastructure.Seeding;
using LongAnMarket.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Infrastructure.Seeding;

/// <summary>
/// `make run` shows after-sale care lived in: the demo shopper's delivered orders carry a complaint in each state, a
/// suspected fake sits in the counterfeit queue against its lot, and the books still reconcile.
/// </summary>
public sealed class DemoAfterSaleSeederTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.MySql)]
    public async Task The_demo_shoppers_orders_hold_one_complaint_in_each_state_and_the_books_still_reconcile(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var app = new MarketAppFactory(database);
        await app.MigrateAsync();
        const string shopperEmail = "shopper@demo.example", reporterEmail = "producer@demo.example";
        var shopper = new Buyer("Người mua (demo)", "0912345678", shopperEmail, "Tây Ninh", "Phường Long An", "12 Nguyễn Huệ", null);
        async Task<(int, int)> SeedAsync() => await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<MarketUser>>();
            var userId = (await users.FindByEmailAsync(shopperEmail))!.Id;
            var reporterId = (await users.FindByEmailAsync(reporterEmail))!.Id;
            return await services.GetRequiredService<DemoAfterSaleSeeder>().SeedAsync(userId, shopper, reporterId);
        });
        await app.WithServicesAsync(async services =>
        {
            await services.GetRequiredService<DemoCatalogSeeder>().SeedAsync();
            await services.GetRequiredService<DemoTraceSeeder>().SeedAsync("http://localhost");
            await services.GetRequiredService<AccountAdministration>().EnsureAccountAsync(shopperEmail, Visitor.Passphrase, "Người mua (demo)", MarketRoles.Shopper);
            await services.GetRequiredService<AccountAdministration>().EnsureAccountAsync(reporterEmail, Visitor.Passphrase, "HTX (demo)", MarketRoles.Producer);
        });

        Assert.Equal((6, 4), await SeedAsync());
        Assert.Equal((0, 0), await SeedAsync()); // once only

        var cases = await app.WithDbAsync(db => db.Complaints.Include(c => c.Steps).AsSplitQuery().OrderBy(c => c.Id).ToListAsync());
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        Assert.Equal([ComplaintStatus.AwaitingProducer, ComplaintStatus.AwaitingBuyer, ComplaintStatus.WithTradeOffice, ComplaintStatus.Resolved,
            ComplaintStatus.Resolved, ComplaintStatus.Resolved], cases.Select(c => c.Status));
        Assert.True(cases[2].IsDecisionOverdue(now));
        Assert.True(cases[3].AwaitsRefund);
        Assert.NotNull(cases[4].RefundedAtUtc);
        Assert.Equal(ComplaintRemedy.Rejected, cases[5].Resolution);
        Assert.All(cases, c => Assert.True(c.Steps.Max(s => s.AtUtc) <= now.UtcDateTime));
        Assert.Equal(0, await app.WithServicesAsync(s => s.GetRequiredService<ComplaintCases>().EscalateOverdueAsync(CancellationToken.None)));
        Assert.Empty(MailPickup.To(app, shopperEmail)); // history is not mailed

        // Every pack left after its lot was packed (the lot's history and the order's agree).
        var orders = await app.WithDbAsync(db => db.Orders.WithParts().AsSplitQuery().Where(o => o.UserId != null).ToListAsync());
        var made = await app.WithDbAsync(db => db.Lots.ToDictionaryAsync(l => l.Id, l => l.ProducedOn));
        var shipments = orders.SelectMany(o => o.SubOrders).SelectMany(s => s.Lines.SelectMany(l => l.Lots)
            .Select(u => (Shipped: s.History.First(h => h.To == SubOrderStatus.Shipped).At, ProducedOn: made[u.LotId]))).ToList();
        Assert.Equal(10, shipments.Count);
        Assert.All(shipments, s => Assert.True(DateOnly.FromDateTime(s.Shipped.DateTime) > s.ProducedOn.AddDays(1), $"shipped {s.Shipped} from a lot made {s.ProducedOn}"));

        // The suspected fake is in the counterfeit queue against the lot its bottles shipped from.
        var fake = cases.Single(c => c.Reason == ComplaintReason.SuspectedFake);
        var shippedFrom = await app.WithDbAsync(db => db.OrderLineLots.Where(u => u.OrderLineId == db.Set<ComplaintLine>().Where(l => l.ComplaintId == fake.Id)
            .Select(l => l.OrderLineId).First()).Select(u => u.LotId).SingleAsync());
        var report = await app.WithDbAsync(db => db.CounterfeitReports.SingleAsync(r => r.ComplaintId == fake.Id));
        Assert.Equal(shippedFrom, report.LotId);

        // The buyer's copy of their personal data holds the cases, in their words.
        var buyer = new Visitor(app);
        await buyer.SignInAsync(shopperEmail);
        using var export = System.Text.Json.JsonDocument.Parse(await (await buyer.GetAsync("/account/personal-data")).Content.ReadAsStringAsync());
        var exported = export.RootElement.GetProperty("complaints");
        Assert.Equal(6, exported.GetArrayLength());
        Assert.Contains(exported.EnumerateArray(), c => c.GetProperty("Description").GetString() == fake.Description && c.GetProperty("steps").GetArrayLength() == 3);
        Assert.Equal(4, export.RootElement.GetProperty("reviews").GetArrayLength());
        Assert.Equal(3, export.RootElement.GetProperty("messages").GetArrayLength()); // the buyer's own: two about the fake, one about rice

        // Reviews: two with photos, one answered, one waiting for the trade office; the products' averages follow.
        var reviews = await app.WithDbAsync(db => db.Reviews.Include(r => r.Photos).Include(r => r.Reports).AsSplitQuery().ToListAsync());
        Assert.Equal((4, 2, 1, 1), (reviews.Count, reviews.Count(r => r.Photos.Count > 0), reviews.Count(r => r.Reply != null), reviews.Count(r => r.AwaitsModeration)));
        Assert.All(reviews, r => Assert.Equal("N***o", r.AuthorName));
        var rice = await app.WithDbAsync(db => db.Products.SingleAsync(p => p.Name == "Gạo Nàng Thơm Chợ Đào"));
        Assert.Equal(5.0, rice.Rating);
        var ricePage = await new Visitor(app).PageAsync($"/p/{rice.Slug}");
        Assert.Equal("1 đánh giá", ricePage.QuerySelector("[data-testid=rating-count]")!.TextContent);
        Assert.NotNull(ricePage.QuerySelector("#reviews .review__reply"));

        // Threads: the suspected fake's, where the trade office stepped in, and one the demo producer has to answer.
        var threads = await app.WithDbAsync(db => db.Conversations.Include(c => c.Messages).AsSplitQuery().ToListAsync());
        Assert.Equal(2, threads.Count);
        Assert.Contains(threads, t => t.SubOrderId == fake.SubOrderId && t.Messages.Count == 4 && t.Messages[^1].From == LongAnMarket.Core.Conversations.Party.TradeOffice);
        Assert.All(threads.SelectMany(t => t.Messages), m => Assert.True(m.SentAtUtc <= now.UtcDateTime));

        var (admin, _, _) = await Visitor.AdminAsync(app);
        Assert.Single((await admin.PageAsync("/admin/reviews")).QuerySelectorAll(".review"));
        var list = await admin.PageAsync("/admin/complaints");
        Assert.Equal(6, list.QuerySelectorAll(".complaint-row").Length);
        Assert.Single(list.QuerySelectorAll(".complaint-row td[data-label='Hạn'] .badge"), b => b.TextContent == "Quá hạn");
        var fakePage = await admin.PageAsync($"/admin/complaints/{fake.Id}");
        Assert.Contains("1 báo cáo hàng giả về lô này (1 đang mở)", fakePage.QuerySelector("[data-testid=complaint-lots]")!.TextContent);
        var reports = await admin.PageAsync("/admin/reports");
        Assert.NotNull(reports.QuerySelector($"a[href='/admin/complaints/{fake.Id}']"));
        Assert.Equal("Khớp đến từng đồng", (await admin.PageAsync("/admin/ledger")).QuerySelector("[data-testid=reconciles]")!.TextContent);
        var refunded = await app.WithDbAsync(db => db.LedgerEntries.Where(e => e.Kind == LongAnMarket.Core.Payments.LedgerEntryKind.Refund).SumAsync(e => e.AmountDong));
        Assert.Equal(-cases[4].RefundDong!.Value, refunded);
    }
}
