using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Payments;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Ordering;

public sealed class AdminOrderModelFactory(MarketDbContext db, OrderModelFactory orders, Microsoft.Extensions.Options.IOptions<PaymentOptions> payments,
    Infrastructure.Payments.MerchantAccounts accounts, UiText text)
{
    public async Task<AdminOrdersModel> ListAsync(OrderStatus? filter, string? query, CancellationToken ct)
    {
        var source = db.Orders.AsQueryable();
        if (filter is { } status) source = source.Where(o => o.Status == status);
        var code = (query ?? "").Trim().ToUpperInvariant();
        if (code.Length > 0) source = source.Where(o => o.Code == code || o.Buyer.Email == query!.Trim().ToLower());
        return new AdminOrdersModel(await orders.Summaries(source).Take(200).ToListAsync(ct), filter, query,
            await db.Orders.CountAsync(o => o.Status == OrderStatus.PaidNeedsReview, ct),
            await db.BankTransfers.CountAsync(t => t.Outcome == BankTransferOutcome.NeedsReview, ct));
    }

    public async Task<AdminOrderModel?> DetailAsync(string code, string? notice, string? error, CancellationToken ct)
    {
        if (await orders.FindAsync(code, ct) is not { } order) return null;
        var transfers = await Transfers(db.BankTransfers.Where(t => t.OrderId == order.Id)).ToListAsync(ct);
        return new AdminOrderModel(await orders.PageAsync(order, notice, error, ct, forStaff: true), transfers);
    }

    public async Task<AdminTransfersModel> TransfersAsync(string? notice, string? error, CancellationToken ct) =>
        new(await Transfers(db.BankTransfers.Where(t => t.Outcome == BankTransferOutcome.NeedsReview)).Take(200).ToListAsync(ct), notice, error)
        {
            Confirmation = Confirmation(),
        };

    /// <summary>What confirms transfers into the marketplace's account, and which providers reconciliation asks.</summary>
    private string Confirmation()
    {
        var options = payments.Value;
        var how = options.VietQr.Provider switch
        {
            VietQrProvider.PayOS => text["payOS mở trang thanh toán cho từng đơn và báo khi tiền về."],
            VietQrProvider.SePay => text.Format("SePay theo dõi tài khoản {0} và báo từng khoản tiền về.", options.VietQr.AccountNumber),
            VietQrProvider.BankWebhook => text["Ngân hàng báo từng khoản tiền về (webhook có chữ ký)."],
            _ => text["Chuyển khoản được ghi nhận bằng tay khi thấy tiền trong sao kê."],
        };
        var asked = new[] { accounts.MarketplacePayOs is null ? null : "payOS", accounts.MarketplaceSePay?.ApiToken is null ? null : "SePay" }.OfType<string>().ToList();
        return asked.Count == 0 ? how : how + " " + text.Format("Đối soát mỗi {0} phút với {1}.", options.ReconcileMinutes, string.Join(", ", asked));
    }

    public async Task<AdminLedgerModel> LedgerAsync(string? notice, string? error, CancellationToken ct)
    {
        var producers = await db.LedgerEntries.AsNoTracking().GroupBy(e => e.ProducerId)
            .Select(g => new
            {
                ProducerId = g.Key,
                Balance = g.Sum(e => e.AmountDong),
                Sales = g.Sum(e => e.Kind == LedgerEntryKind.Sale ? e.AmountDong : 0),
            })
            .Join(db.Producers, g => g.ProducerId, p => p.Id, (g, p) => new ProducerBalanceRow(g.ProducerId, p.Name, g.Balance, g.Sales))
            .ToListAsync(ct);
        var byKind = await db.LedgerEntries.AsNoTracking().GroupBy(e => e.Kind).Select(g => new { g.Key, Sum = g.Sum(e => e.AmountDong) })
            .ToDictionaryAsync(g => g.Key, g => g.Sum, ct);
        long Of(LedgerEntryKind kind) => byKind.GetValueOrDefault(kind);
        return new AdminLedgerModel(producers.OrderByDescending(p => p.BalanceDong).ToList(), Of(LedgerEntryKind.Sale),
            -(Of(LedgerEntryKind.Commission) + Of(LedgerEntryKind.CommissionReversal)), -Of(LedgerEntryKind.Refund), -Of(LedgerEntryKind.Payout),
            producers.Sum(p => p.BalanceDong), notice, error)
        {
            WithheldDong = -(Of(LedgerEntryKind.VatWithheld) + Of(LedgerEntryKind.VatWithheldReversal) + Of(LedgerEntryKind.PitWithheld) + Of(LedgerEntryKind.PitWithheldReversal)),
        };
    }

    private IQueryable<BankTransferRow> Transfers(IQueryable<BankTransfer> transfers) =>
        transfers.AsNoTracking().OrderByDescending(t => t.Id).Select(t => new BankTransferRow(t.Id, t.TransactionId, t.AmountDong, t.Purpose,
            VietnamTime.FromUtc(t.ReceivedAtUtc), t.Outcome, db.Orders.Where(o => o.Id == t.OrderId).Select(o => o.Code).FirstOrDefault(), t.Note));
}
