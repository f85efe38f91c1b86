using LongAnMarket.Infrastructure.Ordering;

namespace LongAnMarket.Infrastructure.Payments;

public enum ProviderNoticeStatus
{
    /// <summary>No such merchant account here (404): the provider was given a wrong address.</summary>
    UnknownAccount,
    /// <summary>Not signed by the provider, or not in its format (400): nothing was stored.</summary>
    Refused,
    /// <summary>Without the provider's API key (401): nothing was stored.</summary>
    Unauthorised,
    /// <summary>A notification that is not about money in (a test ping, money out): acknowledged, nothing stored.</summary>
    Ignored,
    /// <summary>Stored and dealt with; <see cref="ProviderNoticeResult.Outcome"/> says how.</summary>
    Received,
}

public sealed record ProviderNoticeResult(ProviderNoticeStatus Status, string? Problem = null, BankNoticeResult? Outcome = null)
{
    public static ProviderNoticeResult Unknown { get; } = new(ProviderNoticeStatus.UnknownAccount, "no such merchant account");
    public static ProviderNoticeResult Refuse(string problem) => new(ProviderNoticeStatus.Refused, problem);
    public static ProviderNoticeResult Unauthorised(string problem) => new(ProviderNoticeStatus.Unauthorised, problem);
    public static ProviderNoticeResult Ignore(string why) => new(ProviderNoticeStatus.Ignored, why);
}
