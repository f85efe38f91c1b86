using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Infrastructure.Payments.PayOS;
using LongAnMarket.Infrastructure.Payments.SePay;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Payments;

/// <summary>What one reconciliation run asked for and what it found missing.</summary>
public sealed record ReconciliationRun(int SePayTransactionsSeen, int PayOsLinksAsked, int Recovered);

/// <summary>
/// Asks the providers for transfers whose notification never arrived: SePay for the watched account's incoming
/// transactions of the last <see cref="PaymentOptions.ReconcileHours"/>, payOS for each link still waiting on an unpaid
/// order. Anything not yet received goes through <see cref="BankTransferInbox"/>, which stores each provider transaction
/// once, so a notification and a reconciliation (or two runs) never pay twice.
/// </summary>
public sealed class BankReconciler(MarketDbContext db, MerchantAccounts accounts, BankTransferInbox inbox, SePayClient sePay, PayOsClient payOs,
    IOptions<PaymentOptions> options, TimeProvider clock, ILogger<BankReconciler> logger)
{
    public const string SePayActor = "SePay (đối soát)";
    public const string PayOsActor = "payOS (đối soát)";
    private static readonly string[] FinalPayOsStatuses = ["PAID", "CANCELLED", "EXPIRED", "FAILED"];

    public async Task<ReconciliationRun> RunAsync(CancellationToken ct)
    {
        var since = clock.GetUtcNow().AddHours(-options.Value.ReconcileHours);
        var (seen, recoveredFromSePay) = await SePayAsync(since, ct);
        var (asked, recoveredFromPayOs) = await PayOsAsync(since, ct);
        var run = new ReconciliationRun(seen, asked, recoveredFromSePay + recoveredFromPayOs);
        if (run.Recovered > 0) logger.LogWarning("Reconciliation recovered {Count} transfers whose notification never arrived", run.Recovered);
        return run;
    }

    private async Task<(int Seen, int Recovered)> SePayAsync(DateTimeOffset since, CancellationToken ct)
    {
        if (accounts.MarketplaceSePay is not { ApiToken: not null } account) return (0, 0);
        var recovered = 0;
        var transactions = await sePay.IncomingSinceAsync(account, since, ct);
        foreach (var transaction in transactions)
        {
            if (await inbox.HasAsync(SePayWebhook.TransactionIdOf(transaction.Id), ct)) continue;
            await SePayWebhook.ReceiveAsync(inbox, account, transaction, SePayActor, ct);
            recovered++;
        }
        return (transactions.Count, recovered);
    }

    private async Task<(int Asked, int Recovered)> PayOsAsync(DateTimeOffset since, CancellationToken ct)
    {
        if (accounts.MarketplacePayOs is not { } account) return (0, 0);
        var now = clock.GetUtcNow();
        var waiting = await db.PayOsLinks.AsNoTracking()
            .Where(l => l.Account == account.Key && l.SettledAtUtc == null && l.PaymentLinkId != null && l.ExpiresAtUtc >= since.UtcDateTime)
            .Join(db.Orders, l => l.OrderId, o => o.Id, (l, o) => new { l.Id, l.PayOsCode, l.OrderId, l.ExpiresAtUtc, o.Status })
            .Where(x => x.Status == OrderStatus.PendingPayment || x.Status == OrderStatus.Expired || x.Status == OrderStatus.Cancelled)
            .OrderBy(x => x.Id).Take(200).ToListAsync(ct);
        var recovered = 0;
        foreach (var link in waiting)
        {
            var payment = await payOs.GetAsync(account, link.PayOsCode, ct);
            foreach (var transaction in payment.Transactions)
            {
                var id = PayOsWebhook.TransactionIdOf(transaction.Reference);
                if (await inbox.HasAsync(id, ct)) continue;
                await inbox.ReceiveAsync(new BankNotice(id, transaction.Amount, transaction.Description, transaction.Time, link.OrderId), PayOsActor, ct);
                recovered++;
            }
            if (FinalPayOsStatuses.Contains(payment.Status) || link.ExpiresAtUtc < now.UtcDateTime)
                await db.PayOsLinks.Where(l => l.Id == link.Id).ExecuteUpdateAsync(u => u.SetProperty(l => l.SettledAtUtc, now.UtcDateTime), ct);
        }
        return (waiting.Count, recovered);
    }
}

/// <summary>Runs <see cref="BankReconciler"/> every <see cref="PaymentOptions.ReconcileMinutes"/>.</summary>
public sealed class BankReconciliation(IServiceScopeFactory scopes, IOptions<PaymentOptions> options,
    TimeProvider clock, ILogger<BankReconciliation> logger) : PeriodicSweep(scopes, clock, logger)
{
    protected override TimeSpan Period => TimeSpan.FromMinutes(options.Value.ReconcileMinutes);

    protected override string Failure => "Reconciling bank transfers with payOS and SePay failed";

    protected override Task RunAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<BankReconciler>().RunAsync(ct);
}
