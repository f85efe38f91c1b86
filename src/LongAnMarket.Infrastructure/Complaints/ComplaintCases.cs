using LongAnMarket.Core.Common;
using LongAnMarket.Core.Complaints;
using LongAnMarket.Core.Files;
using LongAnMarket.Infrastructure.Catalog;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Traceability;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Complaints;

/// <summary>A lot a case's packs came from, with how many counterfeit reports name it and how many are still open.</summary>
public sealed record ComplaintLot(int Id, string ProductName, string Code, string PublicPath, bool Recalled, int Reports, int OpenReports);

/// <summary>What a buyer sends to open a case: the part, how many packs of which lines, why, what they want, photos.</summary>
public sealed record ComplaintDraft(int SubOrderId, IReadOnlyDictionary<int, int> Quantities, ComplaintReason Reason, string Description,
    ComplaintRemedy Wanted, IReadOnlyList<UploadedFile> Photos);

/// <summary>
/// Complaint cases as the people in them act: the buyer opens and answers, the producer responds, the trade office
/// decides; each step saved with the case's version, so two hands at once never both act, then mailed to those concerned.
/// </summary>
public sealed class ComplaintCases(MarketDbContext db, IPrivateFileStore files, IOptions<ComplaintOptions> options, IComplaintNotifier notifier,
    Ledger ledger, Payments.StripeGateway stripe, TimeProvider clock)
{
    private ComplaintDeadlines Deadlines => options.Value.Deadlines;

    public async Task<Complaint> OpenAsync(int orderId, ComplaintDraft draft, string actor, string? acceptedLateBecause, CancellationToken ct)
    {
        var order = await db.Orders.WithParts().AsSingleQuery().FirstOrDefaultAsync(o => o.Id == orderId, ct)
            ?? throw new DomainException("Không tìm thấy đơn hàng.");
        var part = order.SubOrders.FirstOrDefault(s => s.Id == draft.SubOrderId)
            ?? throw new DomainException("Phần đơn này không thuộc đơn hàng.") { Field = "SubOrderId" };
        var lines = new List<(Core.Ordering.OrderLine, int)>();
        foreach (var (lineId, quantity) in draft.Quantities.Where(q => q.Value != 0))
            lines.Add((part.Lines.FirstOrDefault(l => l.Id == lineId) ?? throw new DomainException("Sản phẩm này không thuộc phần đơn.") { Field = "Lines" }, quantity));
        if (draft.Photos.Count > Complaint.MaxPhotos) throw new DomainException($"Tối đa {Complaint.MaxPhotos} ảnh.") { Field = "Photos" };
        var images = await ProductImageProcessor.ProcessAllAsync(draft.Photos, ct);
        var keys = images.Select(i => ($"complaints/{Guid.NewGuid():N}.webp", i.Width, i.Height)).ToList();
        var complaint = new Complaint(order.Id, part, lines, draft.Reason, draft.Description, draft.Wanted, keys, actor, clock.GetUtcNow(), Deadlines,
            acceptedLateBecause);
        var saved = new List<string>();
        try
        {
            for (var i = 0; i < images.Count; i++)
            {
                await files.SaveAsync(keys[i].Item1, new MemoryStream(images[i].Display), ct);
                saved.Add(keys[i].Item1);
            }
            db.Complaints.Add(complaint);
            if (complaint.Reason == ComplaintReason.SuspectedFake) await FileAsCounterfeitAsync(complaint, order.Code, lines, ct);
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            foreach (var key in saved) await files.DeleteAsync(key, CancellationToken.None);
            throw;
        }
        await notifier.StepAsync(complaint.Id, ct);
        return complaint;
    }

    /// <summary>One counterfeit report per lot the complained packs were filled from, saved with the case itself.</summary>
    private async Task FileAsCounterfeitAsync(Complaint complaint, string orderCode, IEnumerable<(Core.Ordering.OrderLine Line, int)> lines, CancellationToken ct)
    {
        var lotIds = lines.SelectMany(l => l.Line.Lots).Select(l => l.LotId).Distinct().ToList();
        var lots = await db.Lots.AsNoTracking().Where(l => lotIds.Contains(l.Id)).ToListAsync(ct);
        var now = clock.GetUtcNow();
        if (lots.Count == 0) db.CounterfeitReports.Add(CounterfeitReport.FromComplaint(complaint, orderCode, orderCode, null, now));
        foreach (var lot in lots) db.CounterfeitReports.Add(CounterfeitReport.FromComplaint(complaint, orderCode, lot.DigitalLink.Path, lot.Id, now));
    }

    /// <summary>The lots the case's packs came from, and what was reported about each (by consumers and by complaints).</summary>
    public async Task<IReadOnlyList<ComplaintLot>> LotsAsync(Complaint complaint, CancellationToken ct)
    {
        var lineIds = complaint.Lines.Select(l => l.OrderLineId).ToList();
        var lotIds = await db.OrderLineLots.AsNoTracking().Where(u => lineIds.Contains(u.OrderLineId))
            .Select(u => u.LotId).Distinct().ToListAsync(ct);
        var lots = await db.Lots.AsNoTracking().Where(l => lotIds.Contains(l.Id)).OrderBy(l => l.Id).ToListAsync(ct);
        var reports = await db.CounterfeitReports.AsNoTracking().Where(r => r.LotId != null && lotIds.Contains(r.LotId.Value))
            .GroupBy(r => r.LotId!.Value).Select(g => new { g.Key, All = g.Count(), Open = g.Count(r => r.ClosedAtUtc == null) })
            .ToDictionaryAsync(g => g.Key, ct);
        return lots.Select(l => new ComplaintLot(l.Id, l.ProductName, l.Code, l.DigitalLink.Path, l.RecalledAtUtc is not null,
            reports.TryGetValue(l.Id, out var r) ? r.All : 0, reports.TryGetValue(l.Id, out var o) ? o.Open : 0)).ToList();
    }

    public Task<Complaint?> FindAsync(int id, CancellationToken ct) => Cases().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);

    public Task<List<Complaint>> OfOrderAsync(int orderId, CancellationToken ct) =>
        Cases().AsNoTracking().Where(c => c.OrderId == orderId).OrderBy(c => c.Id).ToListAsync(ct);

    public Task<List<Complaint>> OfProducerAsync(int producerId, CancellationToken ct) =>
        Cases().AsNoTracking().Where(c => c.ProducerId == producerId).OrderByDescending(c => c.Id).Take(200).ToListAsync(ct);

    /// <summary>For the trade office: open cases first, soonest due first; then the closed ones, newest first.</summary>
    public async Task<List<Complaint>> AllAsync(ComplaintStatus? status, CancellationToken ct)
    {
        var query = Cases().AsNoTracking();
        if (status is { } only) query = query.Where(c => c.Status == only);
        return (await query.OrderByDescending(c => c.Id).Take(500).ToListAsync(ct))
            .OrderBy(c => c.Status == ComplaintStatus.Resolved).ThenBy(c => c.Status == ComplaintStatus.Resolved ? -c.Id : c.DueAtUtc.Ticks).ToList();
    }

    public Task RespondAsync(int producerId, int id, ProducerResponse response, string actor, CancellationToken ct) =>
        ActAsync(id, c => c.ProducerId == producerId, c =>
        {
            var now = clock.GetUtcNow();
            switch (response.Kind)
            {
                case ProducerResponseKind.Accept: c.AcceptByProducer(actor, now); break;
                case ProducerResponseKind.Propose: c.ProposeByProducer(response.Remedy, response.RefundDong, response.Note ?? "", actor, now, Deadlines); break;
                case ProducerResponseKind.Refuse: c.RefuseByProducer(response.Note ?? "", actor, now, Deadlines); break;
                default: throw new DomainException("Vui lòng chọn cách trả lời.");
            }
        }, ct);

    public Task AcceptByBuyerAsync(int orderId, int id, string actor, CancellationToken ct) =>
        ActAsync(id, c => c.OrderId == orderId, c => c.AcceptByBuyer(actor, clock.GetUtcNow()), ct);

    public Task EscalateByBuyerAsync(int orderId, int id, string note, string actor, CancellationToken ct) =>
        ActAsync(id, c => c.OrderId == orderId, c => c.EscalateByBuyer(note, actor, clock.GetUtcNow(), Deadlines), ct);

    public Task DecideAsync(int id, ComplaintRemedy remedy, long? refundDong, string note, string actor, CancellationToken ct) =>
        ActAsync(id, _ => true, c => c.DecideByTradeOffice(remedy, refundDong, note, actor, clock.GetUtcNow()), ct);

    /// <summary>
    /// Pays a resolved case's refund back the way the order was paid (a card through Stripe, a transfer by the outgoing
    /// transfer's reference) and books it: never more, per line, than that line cost less what earlier cases refunded
    /// on it, and never for a part already refunded whole.
    /// </summary>
    public async Task PayRefundAsync(int id, string? bankReference, string actor, CancellationToken ct)
    {
        var complaint = await db.Complaints.Include(c => c.Lines).Include(c => c.Steps).AsSingleQuery().FirstOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new DomainException("Không tìm thấy khiếu nại này.");
        if (!complaint.AwaitsRefund) throw new DomainException("Khiếu nại này không có khoản hoàn tiền nào đang chờ.");
        var order = await OrderQueries.LoadForChangeAsync(db, complaint.OrderId, ct) ?? throw new DomainException("Không tìm thấy đơn hàng.");
        var part = order.SubOrders.First(s => s.Id == complaint.SubOrderId);
        if (part.Status == Core.Ordering.SubOrderStatus.Refunded) throw new DomainException("Phần đơn này đã được hoàn tiền toàn bộ.");
        var lineIds = complaint.Lines.Select(l => l.OrderLineId).ToList();
        var earlier = await db.Complaints.Where(c => c.Id != id).SelectMany(c => c.Lines).Where(l => lineIds.Contains(l.OrderLineId))
            .GroupBy(l => l.OrderLineId).Select(g => new { g.Key, Dong = g.Sum(l => l.RefundedDong) }).ToDictionaryAsync(g => g.Key, g => g.Dong, ct);
        var now = clock.GetUtcNow();
        var reference = order.PaymentMethod == Core.Ordering.PaymentMethod.Stripe ? "Stripe" : bankReference;
        if (string.IsNullOrWhiteSpace(reference)) throw new DomainException("Hãy ghi mã giao dịch chuyển tiền hoàn lại.") { Field = "bankReference" };
        foreach (var (lineId, share) in complaint.RecordRefund(reference, actor, now))
        {
            var line = part.Lines.First(l => l.Id == lineId);
            var name = line.ProductName;
            var left = line.TotalDong - earlier.GetValueOrDefault(lineId);
            if (share > left) throw new DomainException($"Không thể hoàn thêm cho {name}: chỉ còn {left} ₫ chưa hoàn trên dòng này.");
        }
        var refund = complaint.RefundDong!.Value;
        // The case's number leads the reference, so one transfer recorded against two cases never books twice unnoticed.
        if (order.PaymentMethod == Core.Ordering.PaymentMethod.Stripe)
            reference = $"KN{complaint.Id} " + await stripe.RefundAsync(order.PaymentReference!, refund, $"complaint-{complaint.Id}", ct);
        else
            reference = $"KN{complaint.Id} CK {reference.Trim()}";
        complaint.SetRefundReference(reference);
        await ledger.BookComplaintRefundAsync(part, refund, reference, actor, now, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException("Khiếu nại vừa được người khác cập nhật; hãy tải lại trang.");
        }
        await notifier.StepAsync(id, ct);
    }

    /// <summary>
    /// Sends every case whose side stayed silent past its deadline to the trade office, once: a runner that loses the
    /// race for a case (its version moved) leaves it to the winner, which alone mails. Returns how many this run moved.
    /// </summary>
    public async Task<int> EscalateOverdueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await db.Complaints.AsNoTracking()
            .Where(c => (c.Status == ComplaintStatus.AwaitingProducer || c.Status == ComplaintStatus.AwaitingBuyer) && c.DueAtUtc < now.UtcDateTime)
            .OrderBy(c => c.DueAtUtc).Select(c => c.Id).Take(500).ToListAsync(ct);
        var moved = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            var complaint = await db.Complaints.Include(c => c.Steps).FirstOrDefaultAsync(c => c.Id == id, ct);
            if (complaint is null || !complaint.EscalateIfOverdue(now, Deadlines)) continue;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                continue; // another runner, or a person, acted on it first
            }
            moved++;
            await notifier.StepAsync(id, ct);
        }
        db.ChangeTracker.Clear();
        return moved;
    }

    private IQueryable<Complaint> Cases() => db.Complaints.Include(c => c.Lines).Include(c => c.Steps).Include(c => c.Photos).AsSplitQuery();

    /// <summary>One step on a case the actor may touch; a case they may not touch is "not found", whatever its state.</summary>
    private async Task ActAsync(int id, Func<Complaint, bool> mayTouch, Action<Complaint> act, CancellationToken ct)
    {
        var complaint = await db.Complaints.Include(c => c.Lines).Include(c => c.Steps).AsSingleQuery().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (complaint is null || !mayTouch(complaint)) throw new DomainException("Không tìm thấy khiếu nại này.");
        act(complaint);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException("Khiếu nại vừa được người khác cập nhật; hãy tải lại trang.");
        }
        await notifier.StepAsync(id, ct);
    }
}

public enum ProducerResponseKind
{
    Accept = 1,
    Propose = 2,
    Refuse = 3,
}

public sealed record ProducerResponse(ProducerResponseKind Kind, ComplaintRemedy Remedy, long? RefundDong, string? Note);

/// <summary>Tells the buyer and the producer (and, when it waits for it, the trade office) about a case's latest step.</summary>
public interface IComplaintNotifier
{
    Task StepAsync(int complaintId, CancellationToken ct);
}
