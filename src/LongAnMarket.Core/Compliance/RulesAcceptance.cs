using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Compliance;

/// <summary>A producer's acceptance of one version of the operating rules: who accepted, for which business, when.</summary>
public sealed class RulesAcceptance
{
    private RulesAcceptance() { }

    public RulesAcceptance(int producerId, int versionNumber, string acceptedBy, DateTimeOffset at)
    {
        ProducerId = producerId;
        VersionNumber = versionNumber;
        AcceptedBy = VietnameseText.Required(acceptedBy, 200, "Người đồng ý");
        At = RecordedTime.From(at);
    }

    public long Id { get; private set; }
    public int ProducerId { get; private set; }
    public int VersionNumber { get; private set; }
    /// <summary>The account (its email) that accepted on the business's behalf, or "system" for seeded data.</summary>
    public string AcceptedBy { get; private set; } = "";
    public RecordedTime At { get; private set; }
}
