using LongAnMarket.Core.Producers;

namespace LongAnMarket.Infrastructure.Producers;

/// <summary>
/// Today's identity check: an officer of the trade office compares the registration certificate and the
/// representative's citizen identity card with what the seller declared, and may look the business up in the national
/// business registration portal. The check itself decides nothing; the officer records the outcome.
/// </summary>
public sealed class TradeOfficeCheck : IIdentityCheck
{
    public const string MethodName = "trade-office";

    public string Method => MethodName;

    public string Description => "Cán bộ Ban quản lý sàn đối chiếu giấy tờ";

    public Task<IdentityCheckResult> CheckAsync(IdentityClaim claim, CancellationToken ct) =>
        Task.FromResult(new IdentityCheckResult(IdentityCheckStatus.NeedsOfficer, "Chờ cán bộ đối chiếu giấy tờ."));
}
