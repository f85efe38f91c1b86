using LongAnMarket.Core.Common;
using LongAnMarket.Core.Complaints;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Payments;

namespace LongAnMarket.Tests.Core.Complaints;

/// <summary>A complaint's rules (#25): who may open it and when, the order of its steps, its deadlines and its money.</summary>
public sealed class ComplaintTests
{
    private static readonly DateTimeOffset Placed = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset Delivered = Placed.AddDays(2);
    private static readonly ComplaintDeadlines Deadlines = ComplaintDeadlines.Default;

    /// <summary>A delivered part: 3 bags of rice (keeps, 7 days) and 2 dragon fruit boxes (fresh, 24 hours).</summary>
    private static (SubOrder Part, OrderLine Rice, OrderLine Fruit) DeliveredPart()
    {
        var rice = new OrderLine(1, 11, "Gạo Nàng Thơm", "Túi 5 kg", 205_000, 3);
        var fruit = new OrderLine(2, 21, "Thanh long ruột đỏ", "Thùng 5 kg", 150_000, 2, perishable: true);
        var part = new SubOrder(1, "HTX Chợ Đào", [rice, fruit], 25_000, ReturnPolicy.MinimumOf(ReturnMinimum.Default));
        var order = new Order(OrderCode.New(), [part], Placed, Placed.AddMinutes(30));
        order.MarkPaid("FT1", order.TotalDong, "bank", Placed.AddMinutes(5));
        part.StartProcessing("htx", Placed.AddHours(2));
        part.Ship("GHN", "GHN123", "htx", Placed.AddHours(5));
        part.Deliver("htx", Delivered);
        return (part, rice, fruit);
    }

    private static IReadOnlyList<(string, int, int)> Photos(int count) => Enumerable.Range(1, count).Select(i => ($"complaints/{i}.webp", 800, 600)).ToList();

    private static Complaint Open(SubOrder part, OrderLine line, int quantity, DateTimeOffset at, int photos = 1, string? late = null) =>
        new(7, part, [(line, quantity)], ComplaintReason.Damaged, "Hai túi bị rách, gạo đổ ra ngoài.", ComplaintRemedy.Refund, Photos(photos), "buyer", at,
            Deadlines, late);

    [Fact]
    public void Only_delivered_lines_of_the_part_in_their_quantities_within_the_policy_window_can_be_complained_about()
    {
        var (part, rice, fruit) = DeliveredPart();
        var stranger = new OrderLine(9, 99, "Lạp xưởng", "500 g", 90_000, 1);
        Assert.Throws<DomainException>(() => Open(part, stranger, 1, Delivered.AddHours(1)));
        Assert.Equal("Số lượng khiếu nại của Gạo Nàng Thơm phải từ 1 đến 3.", Assert.Throws<DomainException>(() => Open(part, rice, 4, Delivered.AddHours(1))).Message);
        Assert.Throws<DomainException>(() => Open(part, rice, 0, Delivered.AddHours(1)));
        Assert.Throws<DomainException>(() => new Complaint(7, part, [], ComplaintReason.Damaged, "x", ComplaintRemedy.Refund, Photos(1), "buyer", Delivered, Deadlines));
        Assert.Throws<DomainException>(() => new Complaint(7, part, [(rice, 1), (rice, 1)], ComplaintReason.Damaged, "x", ComplaintRemedy.Refund, Photos(1), "buyer", Delivered, Deadlines));
        Assert.Throws<DomainException>(() => new Complaint(7, part, [(rice, 1)], ComplaintReason.Damaged, "x", ComplaintRemedy.Rejected, Photos(1), "buyer", Delivered, Deadlines));
        Assert.Throws<DomainException>(() => new Complaint(7, part, [(rice, 1)], ComplaintReason.Damaged, "x", ComplaintRemedy.Refund, Photos(6), "buyer", Delivered, Deadlines));

        // Fresh produce: within 24 hours, with a photo. Goods that keep: within 7 days.
        Assert.Equal("Hàng tươi cần ít nhất một ảnh chụp khi nhận hàng.", Assert.Throws<DomainException>(() => Open(part, fruit, 1, Delivered.AddHours(2), photos: 0)).Message);
        Assert.NotNull(Open(part, fruit, 1, Delivered.AddHours(24)));
        Assert.Contains("Đã quá thời hạn báo lỗi", Assert.Throws<DomainException>(() => Open(part, fruit, 1, Delivered.AddHours(24).AddMinutes(1))).Message);
        Assert.NotNull(Open(part, rice, 2, Delivered.AddDays(7), photos: 0));
        Assert.Throws<DomainException>(() => Open(part, rice, 2, Delivered.AddDays(7).AddMinutes(1)));
        var noReason = Assert.Throws<DomainException>(() => Open(part, rice, 2, Delivered.AddDays(9), late: "  "));
        Assert.Equal(("LateBecause", true), (noReason.Field, noReason.Message.EndsWith("hãy ghi lý do nhận khiếu nại quá hạn.")));
        var late = Open(part, rice, 2, Delivered.AddDays(9), late: "Người mua nằm viện, có giấy xác nhận.");
        Assert.Equal("Người mua nằm viện, có giấy xác nhận.", late.LateBecause);

        var undelivered = new SubOrder(1, "A", [new OrderLine(1, 1, "A", "1", 1, 1)], 0);
        Assert.Equal("Chỉ khiếu nại được phần đơn đã giao.", Assert.Throws<DomainException>(() => Open(undelivered, undelivered.Lines[0], 1, Delivered)).Message);
    }

    [Fact]
    public void A_step_out_of_order_is_refused_and_changes_nothing()
    {
        var (part, rice, _) = DeliveredPart();
        var complaint = Open(part, rice, 2, Delivered.AddHours(3));
        var now = Delivered.AddHours(4);
        void Unchanged(Action act)
        {
            var (status, steps, version) = (complaint.Status, complaint.Steps.Count, complaint.Version);
            Assert.Throws<DomainException>(act);
            Assert.Equal((status, steps, version), (complaint.Status, complaint.Steps.Count, complaint.Version));
        }

        Unchanged(() => complaint.AcceptByBuyer("buyer", now));
        Unchanged(() => complaint.EscalateByBuyer("Không đồng ý", "buyer", now, Deadlines));
        Unchanged(() => complaint.DecideByTradeOffice(ComplaintRemedy.Refund, 1, "x", "admin", now));
        Unchanged(() => complaint.ProposeByProducer(ComplaintRemedy.Refund, 410_001, "Hoàn thêm", "htx", now, Deadlines)); // more than was paid
        Unchanged(() => complaint.ProposeByProducer(ComplaintRemedy.Refund, 100_000, " ", "htx", now, Deadlines)); // no words

        complaint.ProposeByProducer(ComplaintRemedy.Refund, 205_000, "Hoàn một túi, túi kia còn dùng được.", "htx", now, Deadlines);
        Assert.Equal(ComplaintStatus.AwaitingBuyer, complaint.Status);
        Unchanged(() => complaint.AcceptByProducer("htx", now));
        Unchanged(() => complaint.RefuseByProducer("Không", "htx", now, Deadlines));
        Unchanged(() => complaint.DecideByTradeOffice(ComplaintRemedy.Refund, 1, "x", "admin", now));

        complaint.EscalateByBuyer("Cả hai túi đều rách.", "buyer", now.AddHours(1), Deadlines);
        Assert.Equal(ComplaintStatus.WithTradeOffice, complaint.Status);
        Unchanged(() => complaint.AcceptByBuyer("buyer", now));
        Unchanged(() => complaint.DecideByTradeOffice(ComplaintRemedy.Refund, 410_001, "Hoàn đủ", "admin", now)); // more than was paid
        complaint.DecideByTradeOffice(ComplaintRemedy.Refund, 410_000, "Ảnh cho thấy cả hai túi rách.", "admin", now.AddDays(1));
        Assert.Equal((ComplaintStatus.Resolved, ComplaintRemedy.Refund, 410_000L), (complaint.Status, complaint.Resolution, complaint.RefundDong));
        Unchanged(() => complaint.DecideByTradeOffice(ComplaintRemedy.Rejected, null, "Lần nữa", "admin", now));
        Assert.Equal([ComplaintStepKind.Opened, ComplaintStepKind.ProducerProposed, ComplaintStepKind.BuyerEscalated, ComplaintStepKind.TradeOfficeDecided],
            complaint.Steps.Select(s => s.Kind));
    }

    [Fact]
    public void A_producer_accepting_closes_the_case_with_what_the_buyer_paid_for_those_packs()
    {
        var (part, rice, _) = DeliveredPart();
        var complaint = Open(part, rice, 2, Delivered.AddHours(3));
        complaint.AcceptByProducer("htx", Delivered.AddHours(5));
        Assert.Equal((ComplaintStatus.Resolved, ComplaintRemedy.Refund, 410_000L), (complaint.Status, complaint.Resolution, complaint.RefundDong));
    }

    [Fact]
    public void Silence_past_a_deadline_sends_the_case_to_the_trade_office_once_and_never_accepts_for_the_buyer()
    {
        var (part, rice, _) = DeliveredPart();
        var opened = Delivered.AddHours(3);
        var complaint = Open(part, rice, 1, opened);
        Assert.False(complaint.EscalateIfOverdue(opened.AddHours(48), Deadlines));
        Assert.True(complaint.EscalateIfOverdue(opened.AddHours(48).AddSeconds(1), Deadlines));
        Assert.False(complaint.EscalateIfOverdue(opened.AddHours(49), Deadlines));
        Assert.Equal(ComplaintStatus.WithTradeOffice, complaint.Status);
        Assert.False(complaint.IsDecisionOverdue(opened.AddHours(48).AddDays(5)));
        Assert.True(complaint.IsDecisionOverdue(opened.AddHours(48).AddDays(5).AddSeconds(2)));

        var refused = Open(part, rice, 1, opened);
        refused.RefuseByProducer("Hàng đã kiểm trước khi gửi.", "htx", opened.AddHours(1), Deadlines);
        Assert.False(refused.EscalateIfOverdue(opened.AddHours(73), Deadlines));
        Assert.True(refused.EscalateIfOverdue(opened.AddHours(73).AddSeconds(1), Deadlines));
        Assert.Equal(ComplaintStatus.WithTradeOffice, refused.Status); // not resolved as "rejected" for a silent buyer
        Assert.Equal(ComplaintStepKind.EscalatedForBuyerSilence, refused.Steps[^1].Kind);
    }
}
