using System.Security.Cryptography;
using System.Text;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Payments;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>
/// What a bank's notification service says about one incoming transfer. <paramref name="OrderId"/> is set when the
/// provider itself names the order (payOS's own code for a link); otherwise the order is found by the code in the purpose.
/// <paramref name="Hold"/>, when set, keeps the transfer for an admin with that reason, unmatched.
/// </summary>
public sealed record BankNotice(string TransactionId, long AmountDong, string Purpose, DateTimeOffset Time, int? OrderId = null, string? Hold = null);

public enum BankNoticeResult { Applied, AlreadyReceived, HeldForReview }

/// <summary>
/// Receives incoming transfers: the transfer is stored first (so it is never lost), then matched to an order by the
/// code in its purpose and its exact amount. Anything that does not match is held for an admin with the reason.
/// </summary>
public sealed class BankTransferInbox(MarketDbContext db, OrderPayments payments, TimeProvider clock)
{
    public const string Actor = "ngân hàng (webhook)";

    public Task<bool> HasAsync(string transactionId, CancellationToken ct) => db.BankTransfers.AnyAsync(t => t.TransactionId == transactionId, ct);

    public async Task<BankNoticeResult> ReceiveAsync(BankNotice notice, CancellationToken ct) => await ReceiveAsync(notice, Actor, ct);

    /// <param name="actor">Who the order's history names as confirming the payment (the provider, or its reconciliation).</param>
    public async Task<BankNoticeResult> ReceiveAsync(BankNotice notice, string actor, CancellationToken ct)
    {
        if (await db.BankTransfers.AnyAsync(t => t.TransactionId == notice.TransactionId, ct)) return BankNoticeResult.AlreadyReceived;
        var transfer = new BankTransfer(notice.TransactionId, notice.AmountDong, notice.Purpose, notice.Time, clock.GetUtcNow());
        var codes = OrderCode.CandidatesIn(notice.Purpose);
        List<OrderMatch> matches = notice.Hold is not null ? []
            : notice.OrderId is { } named
                ? await db.Orders.AsNoTracking().Where(o => o.Id == named).Select(o => new OrderMatch(o.Id, o.Code)).ToListAsync(ct)
                : await db.Orders.AsNoTracking().Where(o => codes.Contains(o.Code)).Select(o => new OrderMatch(o.Id, o.Code)).ToListAsync(ct);
        transfer.HoldForReview(matches.Count == 1 ? matches[0].Id : null, notice.Hold ?? matches.Count switch
        {
            0 => "Nội dung chuyển khoản không có mã đơn hàng nào.",
            1 => "Đang đối chiếu với đơn hàng.",
            _ => $"Nội dung có nhiều mã đơn: {string.Join(", ", matches.Select(m => m.Code))}.",
        });
        db.BankTransfers.Add(transfer);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.BankTransfers.AnyAsync(t => t.TransactionId == notice.TransactionId, ct)) return BankNoticeResult.AlreadyReceived;
            throw;
        }
        if (matches.Count != 1) return BankNoticeResult.HeldForReview;

        var outcome = await payments.ConfirmAsync(matches[0].Id, $"CK {notice.TransactionId}", notice.AmountDong, actor, PaymentMethod.VietQr, ct);
        db.ChangeTracker.Clear();
        var stored = await db.BankTransfers.SingleAsync(t => t.Id == transfer.Id, ct);
        if (outcome is PaymentOutcome.Paid or PaymentOutcome.AlreadyRecorded) stored.Applied(matches[0].Id);
        else stored.HoldForReview(matches[0].Id, $"Đơn {matches[0].Code}: số tiền không khớp, đơn đã hết hạn/huỷ, hoặc đã có thanh toán khác.");
        await db.SaveChangesAsync(ct);
        return outcome == PaymentOutcome.Paid ? BankNoticeResult.Applied : BankNoticeResult.HeldForReview;
    }

    private sealed record OrderMatch(int Id, string Code);

    public async Task ResolveAsync(int transferId, string note, string actor, CancellationToken ct)
    {
        var transfer = await db.BankTransfers.FirstOrDefaultAsync(t => t.Id == transferId, ct) ?? throw new DomainException("Không tìm thấy giao dịch.");
        if (string.IsNullOrWhiteSpace(note)) throw new DomainException("Hãy ghi cách đã xử lý giao dịch này.");
        transfer.Resolve(actor, note);
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>
/// Checks a bank notification's signature: <c>X-Signature: sha256=hex(HMAC-SHA256(secret, timestamp + "." + body))</c>
/// with <c>X-Timestamp</c> in Unix seconds, within the configured tolerance, compared in constant time.
/// </summary>
public sealed class BankWebhookSignature(IOptions<PaymentOptions> options, TimeProvider clock)
{
    public string? Problem(string? timestamp, string? signature, byte[] body)
    {
        var secret = options.Value.VietQr.WebhookSecret;
        if (string.IsNullOrEmpty(secret)) return "bank webhook secret is not configured";
        if (!long.TryParse(timestamp, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
            return "missing or malformed X-Timestamp";
        // A range, not Math.Abs(now - seconds): that difference overflows for a timestamp near long.MinValue.
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var tolerance = options.Value.VietQr.WebhookToleranceSeconds;
        if (seconds < now - tolerance || seconds > now + tolerance) return $"timestamp outside the {tolerance} s tolerance";
        if (signature is null || !signature.StartsWith("sha256=", StringComparison.Ordinal)) return "missing X-Signature";
        byte[] given;
        try { given = Convert.FromHexString(signature["sha256=".Length..]); }
        catch (FormatException) { return "malformed X-Signature"; }
        var expected = Sign(secret, timestamp!, body);
        return CryptographicOperations.FixedTimeEquals(given, expected) ? null : "signature does not match";
    }

    public static byte[] Sign(string secret, string timestamp, byte[] body)
    {
        var signed = Encoding.UTF8.GetBytes(timestamp + ".").Concat(body).ToArray();
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
    }
}
