using LongAnMarket.Infrastructure.Producers;

namespace LongAnMarket.Web.Admin;

/// <summary>What the officer ticked and typed when checking a producer's identity.</summary>
public sealed class VerificationForm
{
    public string Method { get; set; } = TradeOfficeCheck.MethodName;
    public List<int> DocumentIds { get; set; } = [];
    public bool RegistryConsulted { get; set; }
    /// <summary>The citizen ID as read on the representative's card; compared, never stored.</summary>
    public string? CitizenIdSeen { get; set; }
    public string? Note { get; set; }

    public VerificationDraft ToDraft() => new(Method, DocumentIds, RegistryConsulted, CitizenIdSeen, Note);
}
