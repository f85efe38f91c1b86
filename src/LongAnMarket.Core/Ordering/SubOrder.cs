using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Ordering;

/// <summary>One producer's part of an order: its lines, its shipping, its own way from payment to delivery.</summary>
public sealed class SubOrder
{
    private readonly List<OrderLine> _lines = [];
    private readonly List<StatusChange<SubOrderStatus>> _history = [];

    private SubOrder() { }

    public SubOrder(int producerId, string producerName, IEnumerable<OrderLine> lines, long shippingDong, ReturnPolicy? returnTerms = null)
    {
        _lines.AddRange(lines);
        if (_lines.Count == 0) throw new DomainException("Phần đơn cần ít nhất một sản phẩm.");
        if (shippingDong < 0) throw new DomainException("Phí vận chuyển không thể âm.");
        ProducerId = producerId;
        ProducerName = producerName;
        GoodsDong = _lines.Sum(l => l.TotalDong);
        ShippingDong = shippingDong;
        ReturnTerms = returnTerms ?? ReturnPolicy.MinimumOf(ReturnMinimum.Default);
    }

    public int Id { get; private set; }
    public int OrderId { get; private set; }
    public Order? Order { get; private set; }
    public int ProducerId { get; private set; }
    public string ProducerName { get; private set; } = "";
    public long GoodsDong { get; private set; }
    public long ShippingDong { get; private set; }
    public long TotalDong => GoodsDong + ShippingDong;
    /// <summary>The producer's returns policy as it stood when the order was placed; later edits never change it.</summary>
    public ReturnPolicy ReturnTerms { get; private set; } = ReturnPolicy.MinimumOf(ReturnMinimum.Default);
    public SubOrderStatus Status { get; private set; } = SubOrderStatus.AwaitingPayment;
    public string? Carrier { get; private set; }
    public string? TrackingNumber { get; private set; }
    public string? RefundReference { get; private set; }
    /// <summary>Set when the buyer asked for an invoice: what this part's seller can issue.</summary>
    public InvoiceKind? InvoiceKind { get; private set; }
    /// <summary>The invoice the seller recorded for this part.</summary>
    public IssuedInvoice? Invoice { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<OrderLine> Lines => _lines;
    public IReadOnlyList<StatusChange<SubOrderStatus>> History => _history;

    /// <summary>Done for the shopper's purposes: nothing more will happen to it.</summary>
    public bool IsSettled => Status is SubOrderStatus.Delivered or SubOrderStatus.Cancelled or SubOrderStatus.Refunded;

    internal void AwaitInvoice(InvoiceKind kind) => InvoiceKind = kind;

    /// <summary>The seller records the invoice it issued, once the part is paid; a correction replaces it.</summary>
    public void RecordInvoice(IssuedInvoice invoice)
    {
        if (InvoiceKind is null) throw new DomainException("Người mua không yêu cầu hoá đơn cho đơn này.");
        if (Status is SubOrderStatus.AwaitingPayment or SubOrderStatus.Cancelled) throw new DomainException("Chỉ xuất hoá đơn cho phần đơn đã thanh toán.");
        Invoice = invoice;
    }

    internal void MarkPaid(string actor, DateTimeOffset at) => Move(SubOrderStatus.Paid, actor, at, null, SubOrderStatus.AwaitingPayment);

    internal void Void(string actor, DateTimeOffset at, string reason) => Move(SubOrderStatus.Cancelled, actor, at, reason, SubOrderStatus.AwaitingPayment);

    public void StartProcessing(string actor, DateTimeOffset at) => Move(SubOrderStatus.Processing, actor, at, null, SubOrderStatus.Paid);

    /// <summary>Handed to a carrier. <paramref name="lotsByLine"/> says which lots each line was filled from (line ID → lots).</summary>
    public void Ship(string carrier, string trackingNumber, string actor, DateTimeOffset at,
        IReadOnlyDictionary<int, IReadOnlyList<OrderLineLot>>? lotsByLine = null)
    {
        carrier = (carrier ?? "").Trim();
        trackingNumber = (trackingNumber ?? "").Trim();
        if (carrier.Length is 0 or > 80) throw new DomainException("Hãy ghi đơn vị vận chuyển (tối đa 80 ký tự).");
        if (trackingNumber.Length is 0 or > 60) throw new DomainException("Hãy ghi mã vận đơn (tối đa 60 ký tự).");
        if (Status != SubOrderStatus.Processing)
            throw new DomainException($"Phần đơn của {ProducerName} đang ở trạng thái {Status}, không thể chuyển sang {SubOrderStatus.Shipped}.");
        foreach (var (lineId, lots) in lotsByLine ?? new Dictionary<int, IReadOnlyList<OrderLineLot>>())
        {
            var line = _lines.FirstOrDefault(l => l.Id == lineId) ?? throw new DomainException("Dòng hàng không thuộc phần đơn này.");
            if (lots.Sum(l => l.Quantity) > line.Quantity) throw new DomainException($"Số lượng theo lô của {line.ProductName} vượt số lượng đặt.");
            if (line.Lots.Count > 0) throw new DomainException($"Dòng {line.ProductName} đã ghi lô hàng.");
        }
        foreach (var (lineId, lots) in lotsByLine ?? new Dictionary<int, IReadOnlyList<OrderLineLot>>())
            _lines.First(l => l.Id == lineId).FillFrom(lots);
        Move(SubOrderStatus.Shipped, actor, at, $"{carrier} {trackingNumber}", SubOrderStatus.Processing);
        Carrier = carrier;
        TrackingNumber = trackingNumber;
    }

    public void Deliver(string actor, DateTimeOffset at) => Move(SubOrderStatus.Delivered, actor, at, null, SubOrderStatus.Shipped);

    public void Cancel(string actor, DateTimeOffset at, string reason) =>
        Move(SubOrderStatus.Cancelled, actor, at, Reason(reason), SubOrderStatus.Paid, SubOrderStatus.Processing);

    /// <summary>Money for this part went back to the shopper: a card refund's ID or the outgoing transfer's bank reference.</summary>
    public void Refund(string actor, DateTimeOffset at, string reference)
    {
        Move(SubOrderStatus.Refunded, actor, at, Reason(reference), SubOrderStatus.Paid, SubOrderStatus.Processing, SubOrderStatus.Shipped,
            SubOrderStatus.Delivered, SubOrderStatus.Cancelled);
        RefundReference = reference.Trim();
    }

    /// <summary>Whether money was taken for this part and has not gone back (a cancelled part that was never paid has none).</summary>
    public bool WasPaid => _history.Any(h => h.To == SubOrderStatus.Paid);

    private void Move(SubOrderStatus to, string actor, DateTimeOffset at, string? note, params SubOrderStatus[] allowedFrom)
    {
        if (!allowedFrom.Contains(Status))
            throw new DomainException($"Phần đơn của {ProducerName} đang ở trạng thái {Status}, không thể chuyển sang {to}.");
        _history.Add(new StatusChange<SubOrderStatus>(Status, to, actor, at, note));
        Status = to;
        Version++;
    }

    private static string Reason(string text) =>
        string.IsNullOrWhiteSpace(text) ? throw new DomainException("Hãy ghi lý do.") : text.Trim();
}
