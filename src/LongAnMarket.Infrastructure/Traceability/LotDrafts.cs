using LongAnMarket.Core.Traceability;

namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>A file a producer attached to an event, as uploaded.</summary>
public sealed record UploadedFile(string FileName, byte[] Bytes);

public sealed record EventDraft(DateTimeOffset EventTime, int LocationId, string? Note, bool? InspectionPassed, IReadOnlyList<UploadedFile> Files);

public sealed record LotDraft(
    int VariantId, string Code, DateOnly ProducedOn, decimal Quantity, LotUnit Unit, string? Plot, DateOnly? BestBefore,
    EventDraft Origin, string? Process = null, IReadOnlyList<(int LotId, decimal Quantity)>? Inputs = null);
