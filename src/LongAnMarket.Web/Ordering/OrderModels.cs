using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Ordering;

namespace LongAnMarket.Web.Ordering;

public sealed record CartPageModel(PricedCart Cart, IReadOnlyList<string> Notices, string? Error, string? BackTo);

public sealed record CheckoutPageModel(PricedCart Cart, CheckoutForm Form, IReadOnlyList<string> Communes, string Province, bool SignedIn)
{
    /// <summary>What each producer in the cart can issue if the buyer asks for an invoice.</summary>
    public IReadOnlyDictionary<int, InvoiceKind> InvoiceKinds { get; init; } = new Dictionary<int, InvoiceKind>();
}

public sealed record TimelineEntry(DateTimeOffset At, string Label, string Actor, string? Note);

public sealed record OrderLineModel(string ProductName, string PackSize, long UnitPriceDong, int Quantity, long TotalDong,
    IReadOnlyList<(string Code, int Quantity, bool Recalled)> Lots);

public sealed record OrderPartModel(int Id, string ProducerName, SubOrderStatus Status, IReadOnlyList<OrderLineModel> Lines,
    long GoodsDong, long ShippingDong, string? Carrier, string? TrackingNumber, string? RefundReference, IReadOnlyList<TimelineEntry> Timeline)
{
    public long TotalDong => GoodsDong + ShippingDong;
    /// <summary>The returns policy copied into this part when the order was placed.</summary>
    public Models.ReturnTermsModel? Returns { get; init; }
    /// <summary>What this part's seller issues, when the buyer asked for an invoice; the invoice once recorded.</summary>
    public InvoiceKind? InvoiceKind { get; init; }
    public IssuedInvoice? Invoice { get; init; }
}

/// <summary>What a shopper needs to pay by bank transfer, as a VietQR code and as text to copy.</summary>
public sealed record VietQrPanel(string BankName, string BankBin, string AccountNumber, string AccountName, long AmountDong,
    string Purpose, string Payload, string QrSvg, bool IsDemo);

public sealed record OrderPageModel(int Id, string Code, string AccessKey, OrderStatus Status, PaymentMethod Method, DateTimeOffset PlacedAt,
    DateTimeOffset PayBy, Buyer Buyer, long TotalDong, string? PaymentReference, long? PaidAmountDong, IReadOnlyList<OrderPartModel> Parts,
    IReadOnlyList<TimelineEntry> Timeline, VietQrPanel? VietQr, bool CardAvailable, IReadOnlyList<string> RecallWarnings, string? Notice, string? Error)
{
    public string Link => $"/orders/{Code}?key={AccessKey}";
    /// <summary>The buyer's complaint cases about this order.</summary>
    public IReadOnlyList<OrderComplaintModel> Complaints { get; init; } = [];
    public bool CanComplain => Parts.Any(p => p.Status == SubOrderStatus.Delivered);
    /// <summary>Each line of a delivered part: the buyer may review it once.</summary>
    public IReadOnlyList<Reviews.ReviewableLine> Reviewable { get; init; } = [];
    /// <summary>The order holds an alcoholic drink and the buyer confirmed being 18 or older.</summary>
    public bool BuyerConfirmedAdult { get; init; }
    /// <summary>The order waits for a transfer and payOS can open a payment page for it.</summary>
    public bool PayOsAvailable { get; init; }
    /// <summary>The business the buyer asked invoices for, if any.</summary>
    public InvoiceRequest? InvoiceRequest { get; init; }
}

public sealed record OrderSummaryModel(string Code, string AccessKey, DateTimeOffset PlacedAt, OrderStatus Status, long TotalDong,
    string BuyerName, int Parts, PaymentMethod Method);

public sealed record OrderHistoryModel(IReadOnlyList<OrderSummaryModel> Orders);

/// <summary>The header's cart count: lines in the visitor's cart (a product in one pack size is one line).</summary>
public sealed record CartSummary(int Count);

/// <summary>The answer to an add made by script: what to tell the shopper, and the new count (null when nothing was added).</summary>
public sealed record CartAdded(string Message, int? Count);

public sealed record OrderComplaintModel(int Id, Core.Complaints.ComplaintStatus Status);
