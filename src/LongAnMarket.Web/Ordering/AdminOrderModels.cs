using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Payments;

namespace LongAnMarket.Web.Ordering;

public sealed record AdminOrdersModel(IReadOnlyList<OrderSummaryModel> Orders, OrderStatus? Filter, string? Query, int ReviewCount, int TransfersToReview);

public sealed record AdminOrderModel(OrderPageModel Order, IReadOnlyList<BankTransferRow> Transfers);

public sealed record BankTransferRow(int Id, string TransactionId, long AmountDong, string Purpose, DateTimeOffset ReceivedAt,
    BankTransferOutcome Outcome, string? OrderCode, string? Note);

public sealed record AdminTransfersModel(IReadOnlyList<BankTransferRow> Transfers, string? Notice, string? Error)
{
    /// <summary>How transfers into the marketplace's account are confirmed (Payments:VietQr:Provider) and reconciled.</summary>
    public string Confirmation { get; init; } = "";
}

public sealed record ProducerBalanceRow(int ProducerId, string ProducerName, long BalanceDong, long SalesDong);

/// <summary>The marketplace's books: every producer's balance, and a check that they add up to what came in and went out.</summary>
public sealed record AdminLedgerModel(IReadOnlyList<ProducerBalanceRow> Producers, long ReceivedDong, long CommissionDong, long RefundedDong,
    long PaidOutDong, long OwedDong, string? Notice, string? Error)
{
    /// <summary>Taxes withheld for household sellers, to be paid to the tax authority (less what refunds gave back).</summary>
    public long WithheldDong { get; init; }

    /// <summary>Money in = owed to producers + commission kept + taxes withheld + refunded + paid out, to the đồng.</summary>
    public bool Reconciles => ReceivedDong == OwedDong + CommissionDong + WithheldDong + RefundedDong + PaidOutDong;
}
