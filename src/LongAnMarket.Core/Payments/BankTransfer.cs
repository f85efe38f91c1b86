using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Payments;

public enum BankTransferOutcome
{
    /// <summary>Matched an order by its code and exact amount; the order is paid.</summary>
    Applied,
    /// <summary>Kept for an admin: unknown code, wrong amount, or money for an order that no longer waits for it.</summary>
    NeedsReview,
    /// <summary>An admin dealt with it (applied by hand or refunded).</summary>
    Resolved,
}

/// <summary>
/// One incoming transfer the bank told us about, kept whatever it matched: a transaction ID is applied once, and money
/// that matches nothing is never dropped.
/// </summary>
public sealed class BankTransfer
{
    private BankTransfer() { }

    public BankTransfer(string transactionId, long amountDong, string purpose, DateTimeOffset transferredAt, DateTimeOffset receivedAt)
    {
        TransactionId = (transactionId ?? "").Trim();
        if (TransactionId.Length is 0 or > 64) throw new DomainException("Mã giao dịch phải có từ 1 đến 64 ký tự.");
        if (amountDong <= 0) throw new DomainException("Số tiền chuyển khoản phải lớn hơn 0.");
        AmountDong = amountDong;
        Purpose = (purpose ?? "").Trim() is { Length: > 255 } long1 ? long1[..255] : (purpose ?? "").Trim();
        TransferredAtUtc = transferredAt.UtcDateTime;
        ReceivedAtUtc = receivedAt.UtcDateTime;
        Outcome = BankTransferOutcome.NeedsReview;
    }

    public int Id { get; private set; }
    public string TransactionId { get; private set; } = "";
    public long AmountDong { get; private set; }
    public string Purpose { get; private set; } = "";
    public DateTime TransferredAtUtc { get; private set; }
    public DateTime ReceivedAtUtc { get; private set; }
    public int? OrderId { get; private set; }
    public BankTransferOutcome Outcome { get; private set; }
    public string? Note { get; private set; }

    public void Applied(int orderId)
    {
        OrderId = orderId;
        Outcome = BankTransferOutcome.Applied;
        Note = null;
    }

    public void HoldForReview(int? orderId, string why)
    {
        OrderId = orderId;
        Outcome = BankTransferOutcome.NeedsReview;
        Note = why.Length > 500 ? why[..500] : why;
    }

    public void Resolve(string actor, string note)
    {
        if (Outcome != BankTransferOutcome.NeedsReview) throw new DomainException("Giao dịch này không chờ xử lý.");
        Outcome = BankTransferOutcome.Resolved;
        var text = $"{actor}: {note.Trim()}";
        Note = text.Length > 500 ? text[..500] : text;
    }
}
