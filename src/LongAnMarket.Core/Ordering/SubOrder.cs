using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Ordering;

/// <summary>One producer's part of an order: its lines, its shipping, its own way from payment to delivery.</summary>
public sealed class SubOrder
{
    private readonly List<StatusChange<SubOrderStatus>> _history = [];

    public SubOrder(int producerId, string producerName, long goodsDong, long shippingDong)
    {
        if (goodsDong < 0 || shippingDong < 0) throw new DomainException("Tiền hàng và phí vận chuyển không thể âm.");
        ProducerId = producerId;
        ProducerName = producerName;
        GoodsDong = goodsDong;
        ShippingDong = shippingDong;
    }

    public int ProducerId { get; }
    public string ProducerName { get; }
    public long GoodsDong { get; }
    public long ShippingDong { get; }
    public long TotalDong => GoodsDong + ShippingDong;
    public SubOrderStatus Status { get; private set; } = SubOrderStatus.AwaitingPayment;
    public string? Carrier { get; private set; }
    public string? TrackingNumber { get; private set; }
    public IReadOnlyList<StatusChange<SubOrderStatus>> History => _history;

    /// <summary>Done for the shopper's purposes: nothing more will happen to it.</summary>
    public bool IsSettled => Status is SubOrderStatus.Delivered or SubOrderStatus.Cancelled or SubOrderStatus.Refunded;

    internal void MarkPaid(string actor, DateTimeOffset at) => Move(SubOrderStatus.Paid, actor, at, null, SubOrderStatus.AwaitingPayment);

    internal void Void(string actor, DateTimeOffset at, string reason) => Move(SubOrderStatus.Cancelled, actor, at, reason, SubOrderStatus.AwaitingPayment);

    public void StartProcessing(string actor, DateTimeOffset at) => Move(SubOrderStatus.Processing, actor, at, null, SubOrderStatus.Paid);

    public void Ship(string carrier, string trackingNumber, string actor, DateTimeOffset at)
    {
        carrier = carrier.Trim();
        trackingNumber = trackingNumber.Trim();
        if (carrier.Length is 0 or > 80) throw new DomainException("Hãy ghi đơn vị vận chuyển (tối đa 80 ký tự).");
        if (trackingNumber.Length is 0 or > 60) throw new DomainException("Hãy ghi mã vận đơn (tối đa 60 ký tự).");
        Move(SubOrderStatus.Shipped, actor, at, $"{carrier} {trackingNumber}", SubOrderStatus.Processing);
        Carrier = carrier;
        TrackingNumber = trackingNumber;
    }

    public void Deliver(string actor, DateTimeOffset at) => Move(SubOrderStatus.Delivered, actor, at, null, SubOrderStatus.Shipped);

    public void Cancel(string actor, DateTimeOffset at, string reason) =>
        Move(SubOrderStatus.Cancelled, actor, at, Reason(reason), SubOrderStatus.Paid, SubOrderStatus.Processing);

    public void Refund(string actor, DateTimeOffset at, string reference) =>
        Move(SubOrderStatus.Refunded, actor, at, Reason(reference), SubOrderStatus.Paid, SubOrderStatus.Processing, SubOrderStatus.Shipped,
            SubOrderStatus.Delivered, SubOrderStatus.Cancelled);

    private void Move(SubOrderStatus to, string actor, DateTimeOffset at, string? note, params SubOrderStatus[] allowedFrom)
    {
        if (!allowedFrom.Contains(Status))
            throw new DomainException($"Phần đơn của {ProducerName} đang ở trạng thái {Status}, không thể chuyển sang {to}.");
        _history.Add(new StatusChange<SubOrderStatus>(Status, to, actor, at, note));
        Status = to;
    }

    private static string Reason(string text) =>
        string.IsNullOrWhiteSpace(text) ? throw new DomainException("Hãy ghi lý do.") : text.Trim();
}
