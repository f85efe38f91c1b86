using LongAnMarket.Core.Producers;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Web.Models;

namespace LongAnMarket.Web.Traceability;

/// <summary>What /01/{gtin}/10/{lot} shows a person who scanned a package.</summary>
public sealed record ProvenancePageModel(
    int LotId,
    ImageModel? Photo,
    string ProductName,
    string PackSize,
    string ProducerName,
    string? ProducerSlug,
    ProducerStatus ProducerStatus,
    string? OriginArea,
    string LotCode,
    string Gtin,
    string HumanReadable,
    bool GtinIsPlaceholder,
    DateOnly ProducedOn,
    DateOnly? BestBefore,
    bool IsPastBestBefore,
    string Quantity,
    string? Plot,
    IReadOnlyList<LotCertificateModel> Certificates,
    IReadOnlyList<TimelineEntryModel> Timeline,
    IReadOnlyList<LinkedLotModel> Inputs,
    IReadOnlyList<LinkedLotModel> Outputs,
    LotVerification Verification,
    DateTimeOffset VerifiedAt,
    long ScanCount,
    string? BuyUrl,
    RecallModel? Recall,
    SerialCheckModel? Serial,
    string PagePath,
    string EpcisUrl,
    string LinksetUrl);

public sealed record LotCertificateModel(string Kind, string Number, string Issuer, DateOnly ValidFrom, DateOnly? ValidUntil, bool IsExpired);

public sealed record TimelineEntryModel(
    int Sequence,
    TraceStep Step,
    DateTimeOffset EventTime,
    string PlaceName,
    string PlaceArea,
    string? MapUrl,
    string? Detail,
    bool? InspectionPassed,
    string? Note,
    IReadOnlyList<AttachmentModel> Attachments,
    CorrectionModel? CorrectedBy,
    int? Corrects);

/// <summary>Shown on a struck-through event: why it was wrong and which event states it right.</summary>
public sealed record CorrectionModel(int CorrectiveSequence, string Reason, DateTimeOffset DeclaredAt);

public sealed record AttachmentModel(AttachmentKind Kind, string Url, string FileName, int? Width, int? Height);

/// <summary>A lot one step back (an input) or one step forward (made from this one).</summary>
public sealed record LinkedLotModel(string ProductName, string LotCode, string ProducerName, string Quantity, string PagePath);

public sealed record RecallModel(DateTimeOffset RecalledAt, string Reason);

/// <summary>How a sticker reads to the person looking at it.</summary>
public enum StickerStanding
{
    /// <summary>A valid sticker nobody has confirmed buying yet.</summary>
    Unconfirmed,
    /// <summary>This browser confirmed it first.</summary>
    ConfirmedByYou,
    /// <summary>Someone else confirmed it before: this item may be a copy.</summary>
    ConfirmedBefore,
    /// <summary>This browser confirmed it after someone else had.</summary>
    YouConfirmedAfterOthers,
}

/// <param name="ConfirmPath">The sticker's own Digital Link, where its "I just bought this" form posts.</param>
public sealed record SerialCheckModel(string Serial, string ConfirmPath, StickerStanding Standing, DateTimeOffset? FirstConfirmedAt, int LaterConfirmations, bool IsSuspicious);

/// <summary>A code that parsed but is not registered here, or did not parse at all.</summary>
public sealed record UnknownCodeModel(string Code, string? Problem, GtinProduct? Product = null);
