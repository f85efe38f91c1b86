using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Ordering;

/// <summary>One pack size bought: the name and price as they were when the order was placed, and the lots it was filled from.</summary>
public sealed class OrderLine
{
    private readonly List<OrderLineLot> _lots = [];

    private OrderLine() { }

    public OrderLine(int productId, int variantId, string productName, string packSize, long unitPriceDong, int quantity, bool perishable = false)
    {
        if (quantity is < 1 or > CartLine.MaxQuantity) throw new DomainException($"Số lượng phải từ 1 đến {CartLine.MaxQuantity}.");
        if (unitPriceDong <= 0) throw new DomainException("Đơn giá phải lớn hơn 0.");
        ProductId = productId;
        VariantId = variantId;
        ProductName = productName;
        PackSize = packSize;
        UnitPriceDong = unitPriceDong;
        Quantity = quantity;
        Perishable = perishable;
    }

    public int Id { get; private set; }
    public int SubOrderId { get; private set; }
    public int ProductId { get; private set; }
    public int VariantId { get; private set; }
    public string ProductName { get; private set; } = "";
    public string PackSize { get; private set; } = "";
    public long UnitPriceDong { get; private set; }
    public int Quantity { get; private set; }
    public long TotalDong => UnitPriceDong * Quantity;
    /// <summary>Fresh produce when bought (its category's flag then), which sets the window for reporting a problem.</summary>
    public bool Perishable { get; private set; }
    public IReadOnlyList<OrderLineLot> Lots => _lots;

    internal void FillFrom(IReadOnlyList<OrderLineLot> lots)
    {
        if (_lots.Count > 0) throw new DomainException($"Dòng {ProductName} đã ghi lô hàng.");
        if (lots.Sum(l => l.Quantity) > Quantity) throw new DomainException($"Số lượng theo lô của {ProductName} vượt số lượng đặt.");
        _lots.AddRange(lots);
    }
}

/// <summary>How many of an order line's packs came from one lot: what lets a recall reach the people who bought it.</summary>
public sealed class OrderLineLot
{
    private OrderLineLot() { }

    public OrderLineLot(int lotId, string lotCode, int quantity)
    {
        if (quantity < 1) throw new DomainException("Số lượng theo lô phải từ 1.");
        LotId = lotId;
        LotCode = lotCode;
        Quantity = quantity;
    }

    public int Id { get; private set; }
    public int OrderLineId { get; private set; }
    public int LotId { get; private set; }
    public string LotCode { get; private set; } = "";
    public int Quantity { get; private set; }
}
