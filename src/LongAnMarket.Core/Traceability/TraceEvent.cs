using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Traceability;

/// <summary>
/// One record in a lot's append-only history: an EPCIS event, or an error declaration restating an earlier event
/// (<see cref="ErroneousEventId"/> set). Once sealed (hash ID, chain link, signature) nothing on it changes.
/// </summary>
public sealed class TraceEvent
{
    public const int MaxNoteLength = 1000;
    private readonly List<TraceEventInput> _inputs = [];
    private readonly List<TraceAttachment> _attachments = [];

    private TraceEvent() { }

    internal TraceEvent(int sequence, TraceStep step, DateTimeOffset eventTime, TracePlace place, string? note, string actor, DateTimeOffset recordedAt)
    {
        Sequence = sequence;
        Step = step;
        EventTime = RecordedTime.From(eventTime);
        Place = place;
        Note = CleanNote(note);
        Actor = actor;
        RecordedAtUtc = recordedAt.UtcDateTime;
    }

    public int Id { get; private set; }
    public int LotId { get; private set; }
    /// <summary>Position in the lot's hash chain, from 1.</summary>
    public int Sequence { get; private set; }
    public TraceStep Step { get; private set; }
    public RecordedTime EventTime { get; private set; }
    /// <summary>When the platform recorded it (EPCIS recordTime, not part of the hash).</summary>
    public DateTime RecordedAtUtc { get; private set; }
    public TracePlace Place { get; private set; } = null!;
    public string? Note { get; private set; }
    /// <summary>For inspections: passed (conformant) or failed (non_conformant).</summary>
    public bool? InspectionPassed { get; private set; }
    /// <summary>For transformations: what was done (sấy, xay xát, làm lạp xưởng…).</summary>
    public string? Process { get; private set; }
    /// <summary>For recalls: why.</summary>
    public string? Reason { get; private set; }
    /// <summary>The account that recorded it (never shown publicly).</summary>
    public string Actor { get; private set; } = "";

    /// <summary>Set on an error declaration: the event it declares wrong.</summary>
    public int? ErroneousEventId { get; private set; }
    public TraceEvent? ErroneousEvent { get; private set; }
    /// <summary>Set on an error declaration: the event that states what really happened.</summary>
    public int? CorrectiveEventId { get; private set; }
    public TraceEvent? CorrectiveEvent { get; private set; }

    public string? HashId { get; private set; }
    public string? LinkHash { get; private set; }
    public string? Signature { get; private set; }
    public string? KeyId { get; private set; }

    public IReadOnlyList<TraceEventInput> Inputs => _inputs;
    public IReadOnlyList<TraceAttachment> Attachments => _attachments;

    public bool IsErrorDeclaration => ErroneousEventId is not null || ErroneousEvent is not null;
    public bool IsSealed => LinkHash is not null;

    public string? Disposition => Step switch
    {
        TraceStep.Commissioning or TraceStep.Transforming => "active",
        TraceStep.Inspecting => InspectionPassed == true ? "conformant" : "non_conformant",
        TraceStep.Shipping => "in_transit",
        TraceStep.Receiving => "in_progress",
        TraceStep.Recalling => "recalled",
        _ => null,
    };

    internal static TraceEvent Declaration(int sequence, TraceEvent erroneous, TraceEvent corrective, string reason, string actor, DateTimeOffset at)
    {
        var declaration = new TraceEvent(sequence, erroneous.Step, at, erroneous.Place, null, actor, at)
        {
            ErroneousEvent = erroneous,
            CorrectiveEvent = corrective,
            Reason = RequiredText(reason, 500, "Lý do đính chính"),
        };
        return declaration;
    }

    internal void RecordInspection(bool passed) => InspectionPassed = passed;

    internal void RecordProcess(string process) => Process = RequiredText(process, 120, "Công đoạn chế biến");

    internal void RecordReason(string reason) => Reason = RequiredText(reason, 500, "Lý do thu hồi");

    internal void AddInput(Lot input, decimal quantity) => _inputs.Add(new TraceEventInput(input, quantity));

    public void Attach(AttachmentKind kind, string path, string sha256, string contentType, string fileName, int? width, int? height)
    {
        if (IsSealed) throw new DomainException("Sự kiện đã được niêm phong, không thể thêm tệp.");
        if (_attachments.Count >= TraceAttachment.MaxPerEvent) throw new DomainException($"Mỗi sự kiện có tối đa {TraceAttachment.MaxPerEvent} tệp đính kèm.");
        _attachments.Add(new TraceAttachment(kind, path, sha256, contentType, fileName, width, height));
    }

    /// <summary>Closes the record: its EPCIS hash ID, the chain link over it and the platform's signature of that link.</summary>
    public void Seal(string hashId, string linkHash, string signature, string keyId)
    {
        if (IsSealed) throw new DomainException("Sự kiện đã được niêm phong.");
        HashId = hashId;
        LinkHash = linkHash;
        Signature = signature;
        KeyId = keyId;
    }

    private static string? CleanNote(string? note)
    {
        var cleaned = (note ?? "").Replace("\r\n", "\n").Trim().Normalize(System.Text.NormalizationForm.FormC);
        if (cleaned.Length > MaxNoteLength) throw new DomainException($"Ghi chú dài quá {MaxNoteLength} ký tự.");
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static string RequiredText(string? value, int maxLength, string field) => VietnameseText.Required(value, maxLength, field);
}
