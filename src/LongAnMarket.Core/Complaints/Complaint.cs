using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;

namespace LongAnMarket.Core.Complaints;

/// <summary>
/// A buyer's complaint about delivered goods of one order part. It goes to the producer, who accepts, proposes or
/// refuses; then back to the buyer, who accepts or escalates; then, when escalated or when either side stays silent
/// past its deadline, to the trade office, whose decision closes it. Every step is kept with who took it and when.
/// </summary>
public sealed class Complaint
{
    public const int MaxPhotos = 5;
    public const int MaxText = 2000;
    private readonly List<ComplaintLine> _lines = [];
    private readonly List<ComplaintStep> _steps = [];
    private readonly List<ComplaintPhoto> _photos = [];

    private Complaint() { }

    /// <param name="acceptedLateBecause">The trade office's reason for taking a case past the policy's window; null for the buyer, who cannot.</param>
    public Complaint(int orderId, SubOrder part, IReadOnlyList<(OrderLine Line, int Quantity)> lines, ComplaintReason reason, string description,
        ComplaintRemedy wanted, IReadOnlyList<(string Key, int Width, int Height)> photos, string actor, DateTimeOffset now, ComplaintDeadlines deadlines,
        string? acceptedLateBecause = null)
    {
        var deliveredAt = part.History.LastOrDefault(h => h.To == SubOrderStatus.Delivered)?.At;
        if (part.Status != SubOrderStatus.Delivered || deliveredAt is null)
            throw new DomainException("Chỉ khiếu nại được phần đơn đã giao.");
        if (lines.Count == 0) throw new DomainException("Hãy chọn ít nhất một sản phẩm và số lượng bị lỗi.") { Field = "Lines" };
        if (lines.Select(l => l.Line).Distinct().Count() != lines.Count) throw new DomainException("Mỗi sản phẩm chỉ chọn một lần.") { Field = "Lines" };
        foreach (var (line, quantity) in lines)
        {
            if (!part.Lines.Contains(line)) throw new DomainException("Sản phẩm này không thuộc phần đơn.") { Field = "Lines" };
            var name = line.ProductName;
            var bought = line.Quantity;
            if (quantity < 1 || quantity > bought)
                throw new DomainException($"Số lượng khiếu nại của {name} phải từ 1 đến {bought}.") { Field = "Lines" };
        }
        if (!Enum.IsDefined(reason)) throw new DomainException("Vui lòng chọn lý do khiếu nại.") { Field = "Reason" };
        if (wanted is not (ComplaintRemedy.Refund or ComplaintRemedy.Replacement or ComplaintRemedy.ReturnAndRefund))
            throw new DomainException("Vui lòng chọn cách giải quyết bạn mong muốn.") { Field = "Wanted" };
        if (photos.Count > MaxPhotos) throw new DomainException($"Tối đa {MaxPhotos} ảnh.") { Field = "Photos" };
        if (photos.Count == 0 && lines.Any(l => l.Line.Perishable))
            throw new DomainException("Hàng tươi cần ít nhất một ảnh chụp khi nhận hàng.") { Field = "Photos" };
        Description = VietnameseText.Required(description, MaxText, "Mô tả");

        var window = lines.Min(l => deliveredAt.Value + (l.Line.Perishable
            ? TimeSpan.FromHours(part.ReturnTerms.PerishableReportHours)
            : TimeSpan.FromDays(part.ReturnTerms.ProblemReportDays)));
        if (now > window)
        {
            var until = window.ToOffset(VietnamTime.Offset).ToString("HH:mm dd/MM/yyyy");
            if (acceptedLateBecause is null)
                throw new DomainException($"Đã quá thời hạn báo lỗi theo chính sách đổi trả của đơn này ({until}). Nếu có lý do chính đáng, hãy liên hệ Ban quản lý sàn.");
            if (string.IsNullOrWhiteSpace(acceptedLateBecause))
                throw new DomainException($"Đã quá thời hạn báo lỗi ({until}): hãy ghi lý do nhận khiếu nại quá hạn.") { Field = "LateBecause" };
            LateBecause = VietnameseText.Required(acceptedLateBecause, 500, "Lý do nhận khiếu nại quá hạn");
        }

        OrderId = orderId;
        SubOrderId = part.Id;
        ProducerId = part.ProducerId;
        Reason = reason;
        Wanted = wanted;
        _photos.AddRange(photos.Select(p => new ComplaintPhoto(p.Key, p.Width, p.Height)));
        _lines.AddRange(lines.Select(l => new ComplaintLine(l.Line.Id, l.Quantity, l.Line.UnitPriceDong)));
        OpenedAtUtc = now.UtcDateTime;
        Status = ComplaintStatus.AwaitingProducer;
        DueAtUtc = (now + deadlines.ProducerResponse).UtcDateTime;
        Add(ComplaintStepKind.Opened, actor, now, LateBecause);
    }

    public int Id { get; private set; }
    public int OrderId { get; private set; }
    public int SubOrderId { get; private set; }
    public int ProducerId { get; private set; }
    public ComplaintReason Reason { get; private set; }
    public string Description { get; private set; } = "";
    public ComplaintRemedy Wanted { get; private set; }
    public IReadOnlyList<ComplaintPhoto> Photos => _photos;
    /// <summary>Why the trade office took the case after the policy's window had closed.</summary>
    public string? LateBecause { get; private set; }
    public ComplaintStatus Status { get; private set; }
    /// <summary>When the side the case waits for must have acted.</summary>
    public DateTime DueAtUtc { get; private set; }
    public ComplaintRemedy? Proposed { get; private set; }
    public long? ProposedRefundDong { get; private set; }
    public ComplaintRemedy? Resolution { get; private set; }
    public long? RefundDong { get; private set; }
    public DateTime OpenedAtUtc { get; private set; }
    public DateTime? ResolvedAtUtc { get; private set; }
    /// <summary>The card refund's or the outgoing transfer's reference, once the money went back.</summary>
    public string? RefundReference { get; private set; }
    public DateTime? RefundedAtUtc { get; private set; }
    public bool AwaitsRefund => Status == ComplaintStatus.Resolved && RefundDong > 0 && RefundedAtUtc is null;
    public int Version { get; private set; }
    public IReadOnlyList<ComplaintLine> Lines => _lines;
    public IReadOnlyList<ComplaintStep> Steps => _steps;

    /// <summary>What the buyer paid for the packs the case is about: no refund may be more.</summary>
    public long PaidDong => _lines.Sum(l => l.PaidDong);

    /// <summary>Still open and past the deadline of the side it waits for (a silent producer or buyer is moved on by the job).</summary>
    public bool IsPastDue(DateTimeOffset now) => Status != ComplaintStatus.Resolved && now.UtcDateTime > DueAtUtc;

    /// <summary>With the trade office past its decision time: a breached deadline, shown to the office.</summary>
    public bool IsDecisionOverdue(DateTimeOffset now) => Status == ComplaintStatus.WithTradeOffice && now.UtcDateTime > DueAtUtc;

    /// <summary>The producer grants what the buyer asked for, in full: the case closes.</summary>
    public void AcceptByProducer(string actor, DateTimeOffset now)
    {
        Expect(ComplaintStatus.AwaitingProducer, "Khiếu nại này không còn chờ bạn trả lời.");
        Add(ComplaintStepKind.ProducerAccepted, actor, now, null);
        Resolve(Wanted, Wanted == ComplaintRemedy.Replacement ? null : PaidDong, now);
    }

    /// <summary>The producer offers something else (a part refund, a replacement instead of money): the buyer decides.</summary>
    public void ProposeByProducer(ComplaintRemedy remedy, long? refundDong, string note, string actor, DateTimeOffset now, ComplaintDeadlines deadlines)
    {
        Expect(ComplaintStatus.AwaitingProducer, "Khiếu nại này không còn chờ bạn trả lời.");
        if (remedy == ComplaintRemedy.Rejected) throw new DomainException("Muốn từ chối, hãy chọn Từ chối và nêu lý do.") { Field = "Remedy" };
        var checkedRefund = CheckRefund(remedy, refundDong);
        var said = VietnameseText.Required(note, MaxText, "Đề xuất");
        Proposed = remedy;
        ProposedRefundDong = checkedRefund;
        ToBuyer(ComplaintStepKind.ProducerProposed, actor, now, said, deadlines);
    }

    public void RefuseByProducer(string reason, string actor, DateTimeOffset now, ComplaintDeadlines deadlines)
    {
        Expect(ComplaintStatus.AwaitingProducer, "Khiếu nại này không còn chờ bạn trả lời.");
        var why = VietnameseText.Required(reason, MaxText, "Lý do từ chối");
        Proposed = ComplaintRemedy.Rejected;
        ProposedRefundDong = null;
        ToBuyer(ComplaintStepKind.ProducerRefused, actor, now, why, deadlines);
    }

    /// <summary>The buyer takes the producer's proposal (or its refusal): the case closes on it.</summary>
    public void AcceptByBuyer(string actor, DateTimeOffset now)
    {
        Expect(ComplaintStatus.AwaitingBuyer, "Khiếu nại này không còn chờ bạn chấp nhận.");
        Add(ComplaintStepKind.BuyerAccepted, actor, now, null);
        Resolve(Proposed!.Value, ProposedRefundDong, now);
    }

    public void EscalateByBuyer(string note, string actor, DateTimeOffset now, ComplaintDeadlines deadlines)
    {
        Expect(ComplaintStatus.AwaitingBuyer, "Khiếu nại này không còn chờ bạn chuyển lên Ban quản lý sàn.");
        ToTradeOffice(ComplaintStepKind.BuyerEscalated, actor, now, VietnameseText.Required(note, MaxText, "Lý do"), deadlines);
    }

    /// <summary>
    /// Moves a case whose side stayed silent past its deadline to the trade office; never accepts anything on the
    /// buyer's behalf. Returns whether it moved.
    /// </summary>
    public bool EscalateIfOverdue(DateTimeOffset now, ComplaintDeadlines deadlines)
    {
        if (now.UtcDateTime <= DueAtUtc) return false;
        var kind = Status switch
        {
            ComplaintStatus.AwaitingProducer => ComplaintStepKind.EscalatedForProducerSilence,
            ComplaintStatus.AwaitingBuyer => ComplaintStepKind.EscalatedForBuyerSilence,
            _ => (ComplaintStepKind?)null,
        };
        if (kind is null) return false;
        ToTradeOffice(kind.Value, SystemActor, now, null, deadlines);
        return true;
    }

    public void DecideByTradeOffice(ComplaintRemedy remedy, long? refundDong, string note, string actor, DateTimeOffset now)
    {
        Expect(ComplaintStatus.WithTradeOffice, "Khiếu nại này không còn chờ bạn quyết định.");
        var checkedRefund = CheckRefund(remedy, refundDong);
        Add(ComplaintStepKind.TradeOfficeDecided, actor, now, VietnameseText.Required(note, MaxText, "Căn cứ quyết định"));
        Resolve(remedy, checkedRefund, now);
    }

    /// <summary>
    /// The money went back: the refund is shared over the lines in proportion to what each cost, the last line taking
    /// the remainder, so the shares add up to the đồng and none exceeds what its line cost.
    /// </summary>
    public IReadOnlyList<(int OrderLineId, long Dong)> RecordRefund(string reference, string actor, DateTimeOffset now)
    {
        if (!AwaitsRefund) throw new DomainException("Khiếu nại này không có khoản hoàn tiền nào đang chờ.");
        var total = RefundDong!.Value;
        var paid = PaidDong;
        var left = total;
        for (var i = 0; i < _lines.Count; i++)
        {
            var share = i == _lines.Count - 1 ? left : total * _lines[i].PaidDong / paid;
            _lines[i].Refund(share);
            left -= share;
        }
        RefundReference = VietnameseText.Required(reference, 100, "Mã giao dịch hoàn tiền");
        RefundedAtUtc = now.UtcDateTime;
        Add(ComplaintStepKind.RefundPaid, actor, now, RefundReference);
        Version++;
        return _lines.Select(l => (l.OrderLineId, l.RefundedDong)).ToList();
    }

    /// <summary>The payment provider's own reference, once it answered (a card refund gets its ID only after the call).</summary>
    public void SetRefundReference(string reference)
    {
        if (RefundedAtUtc is null) throw new DomainException("Khiếu nại này chưa được hoàn tiền.");
        RefundReference = VietnameseText.Required(reference, 100, "Mã giao dịch hoàn tiền");
    }

    private const string SystemActor = "system";

    private long? CheckRefund(ComplaintRemedy remedy, long? refundDong)
    {
        if (!Enum.IsDefined(remedy)) throw new DomainException("Vui lòng chọn cách giải quyết.") { Field = "Remedy" };
        if (remedy is ComplaintRemedy.Replacement or ComplaintRemedy.Rejected) return null;
        var paid = PaidDong;
        if (refundDong is not { } amount || amount < 1 || amount > paid)
            throw new DomainException($"Số tiền hoàn phải từ 1 ₫ đến {paid} ₫, số người mua đã trả cho các sản phẩm này.") { Field = "RefundDong" };
        return amount;
    }

    private void ToBuyer(ComplaintStepKind kind, string actor, DateTimeOffset now, string note, ComplaintDeadlines deadlines)
    {
        Add(kind, actor, now, note);
        Status = ComplaintStatus.AwaitingBuyer;
        DueAtUtc = (now + deadlines.BuyerResponse).UtcDateTime;
        Version++;
    }

    private void ToTradeOffice(ComplaintStepKind kind, string actor, DateTimeOffset now, string? note, ComplaintDeadlines deadlines)
    {
        Add(kind, actor, now, note);
        Status = ComplaintStatus.WithTradeOffice;
        DueAtUtc = (now + deadlines.TradeOfficeDecision).UtcDateTime;
        Version++;
    }

    private void Resolve(ComplaintRemedy remedy, long? refundDong, DateTimeOffset now)
    {
        Status = ComplaintStatus.Resolved;
        Resolution = remedy;
        RefundDong = refundDong;
        ResolvedAtUtc = now.UtcDateTime;
        Version++;
    }

    private void Expect(ComplaintStatus status, string refusal)
    {
        if (Status != status) throw new DomainException(refusal);
    }

    private void Add(ComplaintStepKind kind, string actor, DateTimeOffset at, string? note) => _steps.Add(new ComplaintStep(kind, actor, at, note));
}
