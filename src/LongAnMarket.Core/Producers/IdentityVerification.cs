using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Producers;

/// <summary>
/// How a producer's identity was checked, by whom and when, and what was looked at: kept for every approval and every
/// yearly re-confirmation, never changed afterwards.
/// </summary>
public sealed class IdentityVerification
{
    private IdentityVerification() { }

    internal IdentityVerification(string method, string checkedBy, DateTimeOffset at, string evidence, string? note)
    {
        Method = VietnameseText.Required(method, 60, "Cách xác minh");
        CheckedBy = VietnameseText.Required(checkedBy, 200, "Người xác minh");
        Evidence = VietnameseText.Required(evidence, 1000, "Giấy tờ đã đối chiếu");
        var cleaned = VietnameseText.Clean(note);
        if (cleaned.Length > 1000) throw new DomainException("Ghi chú dài tối đa 1.000 ký tự.");
        Note = cleaned.Length == 0 ? null : cleaned;
        At = RecordedTime.From(at);
    }

    public int Id { get; private set; }
    public int ProducerId { get; private set; }
    /// <summary>The <see cref="IIdentityCheck.Method"/> that did the check ("trade-office").</summary>
    public string Method { get; private set; } = "";
    public string CheckedBy { get; private set; } = "";
    public RecordedTime At { get; private set; }
    /// <summary>What was compared: the documents by number and name, the registry entry consulted.</summary>
    public string Evidence { get; private set; } = "";
    public string? Note { get; private set; }
}
