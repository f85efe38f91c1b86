using LongAnMarket.Core.Common;
using LongAnMarket.Core.Complaints;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Conversations;
using LongAnMarket.Infrastructure.Complaints;
using LongAnMarket.Infrastructure.Conversations;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Infrastructure.Reviews;
using LongAnMarket.Infrastructure.Traceability;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Infrastructure.Seeding;

/// <summary>
/// The demo shopper's delivered orders, with one complaint in each state (waiting for the producer, for the buyer, with
/// the trade office past its deadline, resolved with a refund still to pay, resolved and refunded, rejected) and
/// reviews (with photos, one answered by its producer, one reported) and a few messages between buyer and producer, made by the real services on a clock set back in
/// time, so stock, lots, the ledger, ratings and every timeline hold as if lived; no mail goes out for this history.
/// Runs once: a shopper who already has orders is left alone.
/// </summary>
public sealed class DemoAfterSaleSeeder(IServiceProvider services, MarketDbContext db, TimeProvider clock)
{
    private const string Actor = DemoTraceSeeder.Actor;
    private const string BuyerActor = "người mua";

    private sealed record Scenario(string TaxCode, string ProductName, int Quantity, double DeliveredDaysAgo, ComplaintReason Reason,
        string Description, ComplaintRemedy Wanted, Func<Acts, Task> Then);

    private sealed record ReviewStory(string TaxCode, string ProductName, double DeliveredDaysAgo, int Stars, string Text, bool Photo, string? Reply,
        string? Report);

    /// <param name="reporterUserId">Another account, which reports the review written to be reported.</param>
    /// <returns>How many complaints and reviews it wrote (none when the shopper already had orders).</returns>
    public async Task<(int Complaints, int Reviews)> SeedAsync(string shopperUserId, Buyer shopper, string reporterUserId, CancellationToken ct = default)
    {
        if (await db.Orders.AnyAsync(o => o.UserId == shopperUserId, ct)) return (0, 0);
        var now = clock.GetUtcNow();
        var past = new SeedClock(now);
        var acts = new Acts(services, past, now);
        var opened = 0;
        foreach (var scenario in Scenarios)
        {
            if (await VariantAsync(scenario.TaxCode, scenario.ProductName, scenario.Quantity, ct) is not { } variant) continue;
            past.Now = now - TimeSpan.FromDays(scenario.DeliveredDaysAgo) - TimeSpan.FromHours(30);
            var order = await acts.DeliveredAsync(shopperUserId, shopper, variant, scenario.Quantity, ct);
            past.Now += TimeSpan.FromHours(2 + opened % 3);
            var part = order.SubOrders.Single();
            acts.Case = await acts.Complaints.OpenAsync(order.Id, new ComplaintDraft(part.Id, new Dictionary<int, int> { [part.Lines[0].Id] = 1 },
                scenario.Reason, scenario.Description, scenario.Wanted,
                [new UploadedFile("anh-nhan-hang.png", DemoDocuments.Photo(opened % 2 == 0 ? "#8a5a2b" : "#c2410c"))]), BuyerActor, null, ct);
            acts.ProducerId = part.ProducerId;
            await scenario.Then(acts);
            opened++;
        }
        var reviewed = 0;
        foreach (var story in ReviewStories)
        {
            if (await VariantAsync(story.TaxCode, story.ProductName, 1, ct) is not { } variant) continue;
            past.Now = now - TimeSpan.FromDays(story.DeliveredDaysAgo) - TimeSpan.FromHours(30);
            var order = await acts.DeliveredAsync(shopperUserId, shopper, variant, 1, ct);
            var part = order.SubOrders.Single();
            past.Now += TimeSpan.FromHours(5);
            var review = await acts.Reviews.WriteAsync(order.Id, new ReviewDraft(part.Lines[0].Id, story.Stars, story.Text,
                story.Photo ? [new UploadedFile("anh-san-pham.png", DemoDocuments.Photo(reviewed % 2 == 0 ? "#2f7d32" : "#b91c1c"))] : []), byAccount: true, ct);
            past.Now += TimeSpan.FromHours(3);
            if (story.Reply is not null) await acts.Reviews.ReplyAsync(part.ProducerId, review.Id, story.Reply, ct);
            if (story.Reply is not null)
            {
                // A thread the demo producer can answer at /seller/messages.
                await acts.Conversations.WriteAsync(order.Id, part.Id, Party.Buyer, BuyerActor, "Khi nào có gạo vụ mới thì hợp tác xã nhắn em nhé.", [], ct);
            }
            if (story.Report is not null) await acts.Reviews.ReportAsync(review.Id, reporterUserId, story.Report, ct);
            reviewed++;
        }
        return (opened, reviewed);
    }

    private Task<int?> VariantAsync(string taxCode, string productName, int quantity, CancellationToken ct) =>
        // A story whose product the demo catalogue no longer has is skipped; the others stand.
        db.Products.AsNoTracking().Where(p => p.Producer!.TaxCode == taxCode && p.IsListed && p.Name == productName)
            .SelectMany(p => p.Variants).Where(v => v.Stock >= quantity).OrderBy(v => v.SortOrder).Select(v => (int?)v.Id).FirstOrDefaultAsync(ct);

    private static readonly ReviewStory[] ReviewStories =
    [
        new("1152601818", "Gạo Nàng Thơm Chợ Đào", 4, 5, "Cơm dẻo, thơm, hạt đều. Túi hút chân không chắc chắn, giao nhanh.", true,
            "Cảm ơn chị đã tin dùng gạo của hợp tác xã! Gạo vụ mới sẽ có từ tháng sau.", null),
        new("1196030826", "Thanh long ruột đỏ", 3, 4, "Trái to, ngọt, ruột đỏ đậm. Một trái hơi dập ở cuống.", true, null, null),
        new("1159083019", "Lạp xưởng Cần Đước", 5, 5, "Thơm mùi rượu mai quế lộ, không quá ngọt, chiên lên rất ngon.", false, null, null),
        new("1109139097", "Nước mắm cá cơm nhĩ 40 độ đạm", 2, 2, "Giao chậm. Muốn mua rẻ hơn thì gọi 0909 123 456, shop này làm ăn không đàng hoàng.", false, null,
            "Đánh giá có số điện thoại để kéo khách đi nơi khác và lời lẽ không đúng sự thật."),
    ];

    private static readonly Scenario[] Scenarios =
    [
        new("1152601818", "Gạo Nàng Thơm Chợ Đào", 2, 0.6, ComplaintReason.Damaged,
            "Một túi bị rách ở góc khi nhận, gạo đổ ra khoảng nửa ký. Tôi gửi ảnh túi lúc mở thùng.", ComplaintRemedy.Refund, _ => Task.CompletedTask),
        new("1196030826", "Thanh long ruột đỏ", 2, 1.5, ComplaintReason.Damaged,
            "Hộp thứ hai có 3 trái bị dập, chảy nước, không ăn được.", ComplaintRemedy.Refund, async a =>
            {
                await a.LaterAsync(TimeSpan.FromHours(20), c => c.RespondAsync(a.ProducerId, a.Case.Id,
                    new ProducerResponse(ProducerResponseKind.Propose, ComplaintRemedy.Refund, 50_000,
                        "Xin lỗi chị, chúng tôi hoàn 50.000 ₫ cho số trái bị dập; phần còn lại của hộp vẫn dùng được."), Actor, a.Token));
            }),
        new("1109139097", "Nước mắm cá cơm 35 độ đạm", 3, 6.5, ComplaintReason.SuspectedFake,
            "Nắp chai không có tem niêm phong, nước mắm màu nhạt và mùi khác hẳn những lần trước tôi mua.", ComplaintRemedy.ReturnAndRefund, async a =>
            {
                await a.LaterAsync(TimeSpan.FromHours(10), c => c.RespondAsync(a.ProducerId, a.Case.Id,
                    new ProducerResponse(ProducerResponseKind.Refuse, ComplaintRemedy.Rejected, null,
                        "Lô xuất kho có tem đầy đủ; chúng tôi không nhận đây là hàng của cơ sở."), Actor, a.Token));
                await a.WriteAsync(TimeSpan.FromHours(1), Party.Buyer, "Shop ơi, chai nước mắm không có tem niêm phong, shop kiểm tra giúp em với.");
                await a.WriteAsync(TimeSpan.FromHours(2), Party.Producer, "Lô xuất kho đều có tem. Chị chụp giúp nắp chai và mã lô in trên nhãn nhé.");
                await a.WriteAsync(TimeSpan.FromHours(1), Party.Buyer, "Em gửi ảnh rồi, shop gọi em số 0909 123 456 cho nhanh.");
                await a.LaterAsync(TimeSpan.FromHours(8), c => c.EscalateByBuyerAsync(a.Case.OrderId, a.Case.Id,
                    "Tôi còn giữ chai và hoá đơn, mong Ban quản lý sàn kiểm tra lô hàng.", BuyerActor, a.Token));
                await a.WriteAsync(TimeSpan.FromHours(3), Party.TradeOffice, "Ban quản lý sàn đã nhận khiếu nại và đang đối chiếu lô hàng với nhà sản xuất.");
            }),
        new("1159083019", "Lạp xưởng tôm Cần Đước", 2, 3, ComplaintReason.WrongItem,
            "Tôi đặt lạp xưởng tôm nhưng một trong hai gói nhận được là lạp xưởng heo.", ComplaintRemedy.Refund, async a =>
            {
                await a.LaterAsync(TimeSpan.FromHours(6), c => c.RespondAsync(a.ProducerId, a.Case.Id,
                    new ProducerResponse(ProducerResponseKind.Accept, ComplaintRemedy.Refund, null, null), Actor, a.Token));
            }),
        new("1166131866", "Cốm ngò Cần Giuộc", 2, 6, ComplaintReason.Expired,
            "Gói cốm đã quá hạn sử dụng in trên bao bì hai ngày khi tôi nhận.", ComplaintRemedy.Refund, async a =>
            {
                await a.LaterAsync(TimeSpan.FromHours(5), c => c.RespondAsync(a.ProducerId, a.Case.Id,
                    new ProducerResponse(ProducerResponseKind.Accept, ComplaintRemedy.Refund, null, null), Actor, a.Token));
                await a.LaterAsync(TimeSpan.FromHours(20), c => c.PayRefundAsync(a.Case.Id, "FT26DEMO0001", Actor, a.Token));
            }),
        new("1146281944", "Chanh không hạt", 1, 5, ComplaintReason.NotAsDescribed,
            "Chanh nhỏ hơn ảnh trên trang sản phẩm.", ComplaintRemedy.Replacement, async a =>
            {
                await a.LaterAsync(TimeSpan.FromHours(8), c => c.RespondAsync(a.ProducerId, a.Case.Id,
                    new ProducerResponse(ProducerResponseKind.Refuse, ComplaintRemedy.Rejected, null,
                        "Trái đúng cỡ loại 1 ghi trên trang (8–10 trái/kg); ảnh chụp cận một trái."), Actor, a.Token));
                await a.LaterAsync(TimeSpan.FromHours(30), c => c.EscalateByBuyerAsync(a.Case.OrderId, a.Case.Id, "Trái nhỏ hơn hẳn ảnh.", BuyerActor, a.Token));
                await a.LaterAsync(TimeSpan.FromDays(2), c => c.DecideAsync(a.Case.Id, ComplaintRemedy.Rejected, null,
                    "Cân thử theo ảnh người mua gửi: 9 trái/kg, đúng mô tả trên trang. Không có căn cứ đổi hàng.", Actor, a.Token));
            }),
    ];

    /// <summary>The real services, built on the seed's clock and with a silent notifier.</summary>
    private sealed class Acts(IServiceProvider services, SeedClock past, DateTimeOffset realNow)
    {
        private readonly OrderPlacement _placement = ActivatorUtilities.CreateInstance<OrderPlacement>(services, past, (IOrderNotifier)Silent.Instance);
        private readonly OrderPayments _payments = ActivatorUtilities.CreateInstance<OrderPayments>(services, past, (IOrderNotifier)Silent.Instance);
        private readonly OrderFulfilment _fulfilment = ActivatorUtilities.CreateInstance<OrderFulfilment>(services, past, (IOrderNotifier)Silent.Instance);
        private readonly CartStore _carts = ActivatorUtilities.CreateInstance<CartStore>(services, past);
        public ComplaintCases Complaints { get; } = ActivatorUtilities.CreateInstance<ComplaintCases>(services, past, (IComplaintNotifier)Silent.Instance);
        public ReviewBook Reviews { get; } = ActivatorUtilities.CreateInstance<ReviewBook>(services, past, (IReviewNotifier)Silent.Instance);
        public ConversationBook Conversations { get; } = ActivatorUtilities.CreateInstance<ConversationBook>(services, past, (IConversationNotifier)Silent.Instance);

        /// <summary>A message in the case's order part thread, some time after the last step.</summary>
        public Task WriteAsync(TimeSpan after, Party from, string text) =>
            LaterAsync(after, () => Conversations.WriteAsync(Case.OrderId, Case.SubOrderId, from, from == Party.Buyer ? BuyerActor : Actor, text, [], Token));
        public CancellationToken Token { get; private set; }
        public Complaint Case { get; set; } = null!;
        public int ProducerId { get; set; }

        public async Task<Order> DeliveredAsync(string userId, Buyer buyer, int variantId, int quantity, CancellationToken ct)
        {
            Token = ct;
            var owner = new CartOwner(null, userId);
            await _carts.AddAsync(owner, variantId, quantity, ct);
            var order = await _placement.PlaceAsync(owner, buyer, Guid.NewGuid(), "seed-demo", ct);
            await LaterAsync(TimeSpan.FromMinutes(8), () => _payments.ConfirmAsync(order.Id, $"FT{order.Code}", order.TotalDong, Actor, PaymentMethod.VietQr, ct));
            var part = order.SubOrders.Single();
            await LaterAsync(TimeSpan.FromHours(2), () => _fulfilment.StartProcessingAsync(part.ProducerId, part.Id, Actor, ct));
            await LaterAsync(TimeSpan.FromHours(4), () => _fulfilment.ShipAsync(part.ProducerId, part.Id, "GHN", $"GHN{order.Code}", Actor, ct));
            past.Now += TimeSpan.FromHours(24);
            await _fulfilment.DeliverAsync(part.ProducerId, part.Id, Actor, ct);
            return order;
        }

        public Task LaterAsync(TimeSpan after, Func<ComplaintCases, Task> act) => LaterAsync(after, () => act(Complaints));

        private async Task LaterAsync(TimeSpan after, Func<Task> act)
        {
            past.Now += after;
            if (past.Now > realNow) throw new InvalidOperationException("A demo complaint's story would end in the future: shorten it.");
            await act();
        }
    }

    private sealed class SeedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed class Silent : IOrderNotifier, IComplaintNotifier, IReviewNotifier, IConversationNotifier
    {
        public static readonly Silent Instance = new();
        public Task PlacedAsync(Order order, CancellationToken ct) => Task.CompletedTask;
        public Task PaidAsync(Order order, IReadOnlyDictionary<int, string> producerEmails, CancellationToken ct) => Task.CompletedTask;
        public Task ShippedAsync(Order order, SubOrder part, CancellationToken ct) => Task.CompletedTask;
        public Task LotRecalledAsync(Order order, string productName, string lotCode, string reason, CancellationToken ct) => Task.CompletedTask;
        public Task StepAsync(int complaintId, CancellationToken ct) => Task.CompletedTask;
        public Task HiddenAsync(int reviewId, CancellationToken ct) => Task.CompletedTask;
        public Task NewMessageAsync(int subOrderId, Party from, CancellationToken ct) => Task.CompletedTask;
    }
}
