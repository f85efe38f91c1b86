using LongAnMarket.Core.Producers;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Traceability;

namespace LongAnMarket.Web.Traceability;

/// <summary>
/// What every view of a lot's page reads afresh: the lot's own row, its producer's and product's current state, and for a
/// per-item code the scanned sticker (null when the lot never issued it).
/// </summary>
public sealed record LotHeadline(LotRow Lot, string ProducerSlug, ProducerStatus ProducerStatus, string OriginArea, string ProductSlug,
    bool ProductIsListed, SerialState? Serial)
{
    /// <summary>The product's cover photo as it is now, if it has one.</summary>
    public Models.ImageModel? Photo { get; init; }
}

/// <summary>A lot's own row: what its package says (sealed into its first event), its chain head, recall and scan count.</summary>
public sealed record LotRow(
    int Id, string Gtin, string Code, int ProducerId, int ProductId, int VariantId, DateOnly ProducedOn, DateOnly? BestBefore,
    decimal Quantity, LotUnit Unit, string? Plot, string ProductName, string PackSize, string ProducerName, string ProducerTaxCode,
    DateTime CreatedAtUtc, DateTime? RecalledAtUtc, string? RecallReason, string? HeadLink, long ScanCount)
{
    public static LotRow Of(Lot lot) => new(
        lot.Id, lot.Gtin, lot.Code, lot.ProducerId, lot.ProductId, lot.VariantId, lot.ProducedOn, lot.BestBefore, lot.Quantity, lot.Unit,
        lot.Plot, lot.ProductName, lot.PackSize, lot.ProducerName, lot.ProducerTaxCode, lot.CreatedAtUtc, lot.RecalledAtUtc, lot.RecallReason,
        lot.HeadLink, lot.ScanCount);

    public DigitalLink DigitalLink => new(Gtin, Code, null);

    /// <summary>True when both rows hold the same record: every column but the scan count, which grows with every view.</summary>
    public bool HoldsSameRecordAs(LotRow other) => this with { ScanCount = 0 } == other with { ScanCount = 0 };
}

/// <summary>A lot's record as read from every row of it and checked link by link at <see cref="VerifiedAtUtc"/>.</summary>
public sealed record VerifiedLot(
    LotRow Lot,
    LotVerification Verification,
    DateTime VerifiedAtUtc,
    IReadOnlyList<LotCertificate> Certificates,
    IReadOnlyList<TimelineEntryModel> Timeline,
    IReadOnlyList<LinkedLotModel> Inputs,
    IReadOnlyList<LinkedLotModel> Outputs,
    RecallModel? Recall);
