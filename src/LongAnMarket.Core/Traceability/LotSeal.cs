using System.Globalization;
using System.Text.Json;

namespace LongAnMarket.Core.Traceability;

/// <summary>Closes a new record into its lot's chain, and checks a whole chain again.</summary>
public static class LotSeal
{
    public static void Seal(Lot lot, TraceEvent record, ITraceSigner signer)
    {
        var (hashId, link) = Compute(lot, record, lot.HeadLink ?? lot.GenesisLink);
        record.Seal(hashId, link, signer.Sign(link), signer.KeyId);
        lot.SealHead(record);
    }

    /// <summary>
    /// Recomputes every record from the stored rows, in chain order: hash ID, link, signature, and that the last link
    /// is the lot's head (so a deleted record shows too).
    /// </summary>
    public static LotVerification Verify(Lot lot, ITraceSignatureVerifier verifier) => Verify(lot, TraceKeySet.Of(verifier));

    /// <inheritdoc cref="Verify(Lot, ITraceSignatureVerifier)"/>
    public static LotVerification Verify(Lot lot, ITraceKeys keys)
    {
        var previous = lot.GenesisLink;
        var links = new List<string>();
        var records = lot.Events.OrderBy(e => e.Sequence).ToList();
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            if (record.Sequence != i + 1) return LotVerification.AlteredAt(i + 1, "a record is missing");
            if (!record.IsSealed) return LotVerification.AlteredAt(record.Sequence, "record is not sealed");
            string hashId, link;
            try { (hashId, link) = Compute(lot, record, previous); }
            catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException)
            {
                return LotVerification.AlteredAt(record.Sequence, ex.Message);
            }
            if (hashId != record.HashId) return LotVerification.AlteredAt(record.Sequence, "event content differs from its hash ID");
            if (link != record.LinkHash) return LotVerification.AlteredAt(record.Sequence, "chain link differs");
            if (record.KeyId is null || keys.Find(record.KeyId) is not { } key)
                return LotVerification.AlteredAt(record.Sequence, $"signed with an unknown key ({record.KeyId})");
            if (!key.Verify(link, record.Signature!))
                return LotVerification.AlteredAt(record.Sequence, "signature does not verify");
            previous = link;
            links.Add(link);
        }
        if (records.Count > 0 && previous != lot.HeadLink) return LotVerification.AlteredAt(records.Count + 1, "the chain's last link is not the lot's head");
        return LotVerification.Intact(records.Count) with { Links = links };
    }

    public static string DeclarationDigest(DateTimeOffset declarationTime, string reason, IEnumerable<string> correctiveEventIds, string? explanation) =>
        TraceChain.Sha256Hex(string.Join('\n',
            declarationTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            reason, string.Join(',', correctiveEventIds), explanation ?? ""));

    private static (string HashId, string Link) Compute(Lot lot, TraceEvent record, string previous)
    {
        var erroneous = record.IsErrorDeclaration ? record.ErroneousEvent ?? throw new InvalidOperationException("erroneous event not loaded") : record;
        var content = EpcisEventJson.Build(lot, erroneous);
        content.Remove("eventID");
        var hashId = EpcisEventHash.HashId(JsonSerializer.SerializeToElement(content), EpcisEventJson.Namespaces, TraceChain.HashVersion(lot.ChainVersion));
        string? declarationDigest = null;
        if (record.IsErrorDeclaration)
        {
            if (erroneous.HashId != hashId) throw new FormatException("the restated event differs from the original");
            var corrective = record.CorrectiveEvent?.HashId ?? throw new InvalidOperationException("corrective event not loaded");
            declarationDigest = DeclarationDigest(record.EventTime.ToDateTimeOffset(), "incorrect_data", [corrective], record.Reason);
        }
        var link = TraceChain.Link(lot.ChainVersion, record.Sequence, previous, hashId, declarationDigest, record.Attachments.Select(a => a.Sha256));
        return (hashId, link);
    }
}

/// <summary>
/// "Record intact" or "record altered at record N" (N counted from 1 along the chain), and how far outside the platform
/// the record's latest head is fixed in time (<see cref="Anchor"/>, set once the head log has been checked).
/// </summary>
public sealed record LotVerification(bool IsIntact, int RecordCount, int? FirstAlteredRecord, string? Problem)
{
    /// <summary>Link n−1 is the chain link of record n, for every record verified.</summary>
    public IReadOnlyList<string> Links { get; init; } = [];
    public AnchorState? Anchor { get; init; }

    public static LotVerification Intact(int count) => new(true, count, null, null);
    public static LotVerification AlteredAt(int record, string problem) => new(false, 0, record, problem);
}

/// <summary>
/// The record's latest head against the log's anchors: time-stamped by a Time-Stamping Authority (who, when), still
/// within its anchoring window, or missing one it should have by now ("chưa neo thời gian").
/// </summary>
public sealed record AnchorState(string? Authority, DateTimeOffset? StampedAt, bool IsMissing)
{
    public static AnchorState Pending { get; } = new(null, null, false);
    public static AnchorState Missing { get; } = new(null, null, true);
    public static AnchorState Stamped(string authority, DateTimeOffset at) => new(authority, at, false);
    public bool IsStamped => StampedAt is not null;
}
