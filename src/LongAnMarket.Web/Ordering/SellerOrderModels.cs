using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Payments;

namespace LongAnMarket.Web.Ordering;

public sealed record SellerOrderRow(int Id, string OrderCode, DateTimeOffset PlacedAt, SubOrderStatus Status, long TotalDong, int Items);

public sealed record SellerOrdersModel(IReadOnlyList<SellerOrderRow> Rows, SubOrderStatus? Filter, string? Notice);

public sealed record SellerOrderModel(int Id, string OrderCode, DateTimeOffset PlacedAt, OrderPartModel Part, Buyer? Buyer,
    IReadOnlyList<(string Product, string LotCode, int Quantity)> ProposedLots, string? Notice, string? Error)
{
    /// <summary>The order holds an alcoholic drink and the buyer confirmed being 18 or older.</summary>
    public bool BuyerConfirmedAdult { get; init; }
    /// <summary>The business the buyer asked invoices for (shown once the part is paid).</summary>
    public InvoiceRequest? InvoiceRequest { get; init; }
}

public sealed record LedgerRow(DateTimeOffset At, LedgerEntryKind Kind, long AmountDong, string Reference, string Actor);

public sealed record StatementModel(int ProducerId, string ProducerName, long BalanceDong, long SalesDong, long CommissionDong, long RefundsDong,
    long PayoutsDong, IReadOnlyList<LedgerRow> Entries, string? Notice, string? Error)
{
    /// <summary>VAT withheld for a household seller, less what refunds gave back (negative: taken off what is owed).</summary>
    public long VatWithheldDong { get; init; }
    public long PitWithheldDong { get; init; }
    public bool HasWithholding => VatWithheldDong != 0 || PitWithheldDong != 0;
}

public sealed class InvoiceForm
{
    public string? Series { get; set; }
    public string? Number { get; set; }
    public string? LookupCode { get; set; }
}

public sealed class ShippingForm
{
    [System.ComponentModel.DataAnnotations.Range(0, 5_000_000, ErrorMessage = "Phí vận chuyển phải từ 0 đến 5.000.000 ₫.")]
    public long FeeDong { get; set; }
    [System.ComponentModel.DataAnnotations.Range(1, 1_000_000_000, ErrorMessage = "Mức miễn phí phải lớn hơn 0.")]
    public long? FreeFromDong { get; set; }
}

public sealed class ShipForm
{
    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "Hãy ghi đơn vị vận chuyển.")] public string? Carrier { get; set; }
    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "Hãy ghi mã vận đơn.")] public string? TrackingNumber { get; set; }
}
