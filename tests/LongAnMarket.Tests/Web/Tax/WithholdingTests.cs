using System.Text;
using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Complaints;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Payments;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Complaints;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Tests.Support;
using LongAnMarket.Tests.Web.Ordering;
using LongAnMarket.Web.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Tax;

/// <summary>
/// VAT and personal income tax the marketplace withholds for household sellers (Decree 117/2025): a worked example whose
/// every figure is written by hand, a company that is not withheld, and the ledger reconciling to the đồng across
/// card and transfer payments, complaint and whole-part refunds and payouts.
/// </summary>
public abstract class WithholdingTests(OrderingAppFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;

    private async Task<(TestCatalog Catalog, Product A, Product B)> SellerAsync(LegalForm form)
    {
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        await _app.WithDbAsync(async db =>
        {
            var producer = await db.Producers.SingleAsync(p => p.Id == catalog.Producer.Id);
            producer.SetShipping(30_000, null);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            producer.ConfirmIdentity(form, new BusinessRegistration("41A8012345", today.AddYears(-3), "Phòng Tài chính – Kế hoạch huyện Cần Đước", today),
                new Representative("Nguyễn Thị Mai", "Chủ hộ", "dp1:protected"), DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });
        var a = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Lạp xưởng tươi", price: 617_283));
        var b = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Lạp xưởng tôm", price: 617_284));
        return (catalog, a, b);
    }

    private async Task<(string Code, Order Order)> PlaceAsync(params Product[] products)
    {
        var guest = new Visitor(_app);
        foreach (var product in products) await guest.AddAsync(product, 1);
        var code = Shopping.CodeOf(await guest.CheckoutAsync(Visitor.NewEmail()));
        return (code, await Shopping.OrderAsync(_app, code));
    }

    private async Task PayByTransferAsync(string code, long total) =>
        await Shopping.BankNoticeAsync(_app, "FT" + Guid.NewGuid().ToString("N")[..12], total, $"DH {code}");

    private Task<List<LedgerEntry>> EntriesAsync(int producerId) =>
        _app.WithDbAsync(db => db.LedgerEntries.AsNoTracking().Where(e => e.ProducerId == producerId).OrderBy(e => e.Id).ToListAsync());

    private async Task DeliverAsync(int orderId) => await _app.WithDbAsync(async db =>
    {
        var order = await db.Orders.WithParts().AsSingleQuery().SingleAsync(o => o.Id == orderId);
        var now = DateTimeOffset.UtcNow;
        foreach (var part in order.SubOrders)
        {
            part.StartProcessing("htx", now);
            part.Ship("GHN", "GHN1", "htx", now);
            part.Deliver("htx", now);
        }
        await db.SaveChangesAsync();
    });

    /// <summary>The buyer complains about one line, the producer accepts, the trade office pays the refund back.</summary>
    private async Task RefundLineAsync(Order order, int lineId) => await _app.WithServicesAsync(async s =>
    {
        var cases = s.GetRequiredService<ComplaintCases>();
        var part = order.SubOrders.Single();
        var complaint = await cases.OpenAsync(order.Id, new ComplaintDraft(part.Id, new Dictionary<int, int> { [lineId] = 1 }, ComplaintReason.Damaged,
            "Túi lạp xưởng bị rách, hàng ẩm.", ComplaintRemedy.Refund, []), "khách", null, CancellationToken.None);
        await cases.RespondAsync(part.ProducerId, complaint.Id, new ProducerResponse(ProducerResponseKind.Accept, ComplaintRemedy.Refund, null, null), "htx", CancellationToken.None);
        await cases.PayRefundAsync(complaint.Id, "FT26HOAN01", "Sở Công Thương", CancellationToken.None);
    });

    [Fact]
    public async Task A_household_sellers_part_is_withheld_refunded_in_half_and_paid_out_as_worked_by_hand()
    {
        var (seller, a, b) = await SellerAsync(LegalForm.HouseholdBusiness);
        var (code, order) = await PlaceAsync(a, b);
        Assert.Equal(1_264_567, order.TotalDong); // goods 617,283 + 617,284 = 1,234,567; shipping 30,000
        await PayByTransferAsync(code, order.TotalDong);

        var sale = await EntriesAsync(seller.Producer.Id);
        Assert.Equal(
            [(LedgerEntryKind.Sale, 1_264_567L, (long?)null), (LedgerEntryKind.Commission, -61_728L, null), // 5 % of 1,234,567 = 61,728.35
             (LedgerEntryKind.VatWithheld, -12_346L, 1_234_567L),  // 1 % = 12,345.67
             (LedgerEntryKind.PitWithheld, -6_173L, 1_234_567L)],  // 0.5 % = 6,172.835
            sale.Select(e => (e.Kind, e.AmountDong, e.TaxBaseDong)));

        await DeliverAsync(order.Id);
        await RefundLineAsync(order, order.SubOrders.Single().Lines.Single(l => l.UnitPriceDong == 617_283).Id);
        var refund = (await EntriesAsync(seller.Producer.Id)).Skip(4).ToList();
        Assert.Equal(
            [(LedgerEntryKind.Refund, -617_283L, (long?)null), (LedgerEntryKind.CommissionReversal, 30_864L, null), // 5 % of 617,283 = 30,864.15
             (LedgerEntryKind.VatWithheldReversal, 6_173L, 617_283L),  // 12,346 × 617,283 / 1,234,567 = 6,172.995
             (LedgerEntryKind.PitWithheldReversal, 3_086L, 617_283L)], // 6,173 × 617,283 / 1,234,567 = 3,086.4975
            refund.Select(e => (e.Kind, e.AmountDong, e.TaxBaseDong)));

        // Owed: 1,264,567 − 61,728 − 12,346 − 6,173 − 617,283 + 30,864 + 6,173 + 3,086 = 607,160; no more can be paid out.
        await _app.WithServicesAsync(s => s.GetRequiredService<OrderAdministration>().RecordPayoutAsync(seller.Producer.Id, 607_160, "FT26CHI01", "admin", CancellationToken.None));
        await Assert.ThrowsAnyAsync<Exception>(() =>
            _app.WithServicesAsync(s => s.GetRequiredService<OrderAdministration>().RecordPayoutAsync(seller.Producer.Id, 1, "FT26CHI02", "admin", CancellationToken.None)));

        var statement = await _app.WithServicesAsync(s => s.GetRequiredService<SellerOrderModelFactory>().StatementAsync(seller.Producer.Id, null, null, CancellationToken.None));
        Assert.Equal((0L, 1_264_567L, -30_864L, -617_283L, -607_160L, -6_173L, -3_087L),
            (statement!.BalanceDong, statement.SalesDong, statement.CommissionDong, statement.RefundsDong, statement.PayoutsDong, statement.VatWithheldDong, statement.PitWithheldDong));

        var month = VietnamTime.FromUtc(sale[0].AtUtc);
        var (admin, _, _) = await Visitor.AdminAsync(_app);
        var csv = await admin.Client.GetAsync($"/admin/tax/withholding.csv?month={month:yyyy-MM}");
        Assert.True(csv.Content.Headers.ContentType?.MediaType == "text/csv", $"{csv.StatusCode} {csv.RequestMessage?.RequestUri}: {(await HtmlPage.ParseAsync(csv)).QuerySelector("main")?.TextContent}");
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("ky_ke_khai,ma_so_thue,ten_nguoi_ban,doanh_thu_ban_hang,doanh_thu_tra_lai,doanh_thu_tinh_thue,thue_gtgt_khau_tru,thue_tncn_khau_tru", lines[0]);
        Assert.Contains($"{month:yyyy-MM},{seller.Producer.TaxCode},{seller.Producer.Name},1234567,617283,617284,6173,3087", lines);

        var commission = await admin.Client.GetAsync($"/admin/tax/commission.csv?month={month:yyyy-MM}");
        Assert.Contains($"{month:yyyy-MM},{seller.Producer.TaxCode},{seller.Producer.Name},\"{seller.Producer.Address}\",{seller.Producer.Email},61728,30864,30864",
            Encoding.UTF8.GetString(await commission.Content.ReadAsByteArrayAsync()).Split("\r\n"));
        var refusedMonth = await admin.Client.GetAsync("/admin/tax/commission.csv?month=2025-06");
        Assert.Equal("/admin/ledger", refusedMonth.Headers.Location?.OriginalString);
        Assert.Contains("Kỳ kê khai phải là một tháng từ 07/2025", (await admin.PageAsync("/admin/ledger")).QuerySelector("[role=alert]")!.TextContent);

        var producer = await TestSellers.SignedInAsync(_app, seller);
        var page = await producer.PageAsync("/seller/statement");
        Assert.Equal(("-6.173 ₫", "-3.087 ₫"), (page.QuerySelector("[data-testid=vat-withheld]")!.TextContent, page.QuerySelector("[data-testid=pit-withheld]")!.TextContent));
        var yearly = await producer.Client.GetAsync($"/seller/statement/withholding.csv?year={month.Year}");
        var rows = Encoding.UTF8.GetString(await yearly.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(14, rows.Length); // header, twelve months, the year
        Assert.Equal($"{month.Year},{month.Month},{seller.Producer.TaxCode},{seller.Producer.Name},1234567,617283,6173,3087", rows[month.Month]);
        Assert.Equal($"{month.Year},ca_nam,{seller.Producer.TaxCode},{seller.Producer.Name},1234567,617283,6173,3087", rows[13]);
        var refused = await producer.Client.GetAsync("/seller/statement/withholding.csv?year=1999");
        Assert.Equal("/seller/statement", refused.Headers.Location?.OriginalString);
        Assert.Contains("Năm phải từ 2025", (await producer.PageAsync("/seller/statement")).QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task A_companys_part_is_not_withheld_and_a_household_part_refunded_whole_nets_to_zero()
    {
        var (company, ca, _) = await SellerAsync(LegalForm.Company);
        var (companyCode, companyOrder) = await PlaceAsync(ca);
        await PayByTransferAsync(companyCode, companyOrder.TotalDong);
        Assert.DoesNotContain(await EntriesAsync(company.Producer.Id), e => LedgerEntry.IsWithholding(e.Kind));

        var (household, ha, hb) = await SellerAsync(LegalForm.HouseholdBusiness);
        var (code, order) = await PlaceAsync(ha, hb);
        await PayByTransferAsync(code, order.TotalDong);
        await DeliverAsync(order.Id);
        await RefundLineAsync(order, order.SubOrders.Single().Lines.Single(l => l.UnitPriceDong == 617_284).Id);
        await _app.WithServicesAsync(s => s.GetRequiredService<OrderAdministration>().RefundPartAsync(order.SubOrders.Single().Id, "FT26HOAN02", "admin", CancellationToken.None));

        var entries = await EntriesAsync(household.Producer.Id);
        Assert.Equal(0, entries.Where(e => e.Kind is LedgerEntryKind.VatWithheld or LedgerEntryKind.VatWithheldReversal).Sum(e => e.AmountDong));
        Assert.Equal(0, entries.Where(e => e.Kind is LedgerEntryKind.PitWithheld or LedgerEntryKind.PitWithheldReversal).Sum(e => e.AmountDong));
        Assert.Equal(1_234_567, entries.Where(e => e.Kind == LedgerEntryKind.VatWithheldReversal).Sum(e => e.TaxBaseDong));
        Assert.Equal(0, entries.Sum(e => e.AmountDong)); // all refunded: nothing owed, nothing withheld, commission given back
    }

    [Fact]
    public async Task The_ledger_reconciles_to_the_dong_with_withholding_over_card_and_transfer_payments_refunds_and_payouts()
    {
        var (household, ha, hb) = await SellerAsync(LegalForm.HouseholdBusiness);
        var (company, ca, _) = await SellerAsync(LegalForm.Cooperative);

        var (cardCode, cardOrder) = await PlaceAsync(ha, ca);
        var guestKey = cardOrder.AccessKey;
        var payer = new Visitor(_app);
        await payer.SubmitAsync($"/orders/{cardCode}?key={guestKey}", $"/orders/{cardCode}/pay-by-card?key={guestKey}", []);
        await Shopping.StripeEventAsync(_app, FakeStripe.SessionEvent("evt_" + Guid.NewGuid().ToString("N"), "checkout.session.completed", cardOrder.Id, cardOrder.TotalDong));
        Assert.Equal(OrderStatus.Paid, (await Shopping.OrderAsync(_app, cardCode)).Status);
        await _app.WithServicesAsync(s => s.GetRequiredService<OrderAdministration>().RefundPartAsync(
            cardOrder.SubOrders.Single(p => p.ProducerId == household.Producer.Id).Id, null, "admin", CancellationToken.None));

        var (transferCode, transferOrder) = await PlaceAsync(ha, hb);
        await PayByTransferAsync(transferCode, transferOrder.TotalDong);
        await DeliverAsync(transferOrder.Id);
        await RefundLineAsync(transferOrder, transferOrder.SubOrders.Single().Lines.First().Id);

        foreach (var producerId in new[] { household.Producer.Id, company.Producer.Id })
        {
            var balance = (await EntriesAsync(producerId)).Sum(e => e.AmountDong);
            await _app.WithServicesAsync(s => s.GetRequiredService<OrderAdministration>().RecordPayoutAsync(producerId, balance / 2, $"FT26CHI{producerId}", "admin", CancellationToken.None));
        }

        var ledger = await _app.WithServicesAsync(s => s.GetRequiredService<AdminOrderModelFactory>().LedgerAsync(null, null, CancellationToken.None));
        Assert.True(ledger.Reconciles, $"{ledger.ReceivedDong} ≠ {ledger.OwedDong} + {ledger.CommissionDong} + {ledger.WithheldDong} + {ledger.RefundedDong} + {ledger.PaidOutDong}");
        var withheld = await _app.WithDbAsync(db => db.LedgerEntries.Where(e => e.TaxBaseDong != null).SumAsync(e => e.AmountDong));
        Assert.Equal(-withheld, ledger.WithheldDong);
        Assert.True(ledger.WithheldDong > 0);
    }
}

public sealed class WithholdingTestsOnSqlite(SqliteOrderingFixture fixture) : WithholdingTests(fixture), IClassFixture<SqliteOrderingFixture>;

public sealed class WithholdingTestsOnMariaDb(MariaDbOrderingFixture fixture) : WithholdingTests(fixture), IClassFixture<MariaDbOrderingFixture>;
