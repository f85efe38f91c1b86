using LongAnMarket.Core.Traceability;

namespace LongAnMarket.Web.Traceability;

public sealed record SellerLotsPage(IReadOnlyList<SellerLotRow> Lots, bool HasLocations, ScanSummary Scans, string? Notice, string? Error);

public sealed record SellerLotRow(int Id, string ProductName, string PackSize, string Code, DateOnly ProducedOn, int Records, long Scans, bool IsRecalled);

public sealed record Option(int Id, string Label);

public sealed record LotFormPage(LotForm Form, IReadOnlyList<Option> Variants, IReadOnlyList<Option> Locations, IReadOnlyList<Option> InputLots);

public sealed record SellerLotPage(
    int Id, string ProductName, string PackSize, string Code, string HumanReadable, bool GtinIsPlaceholder,
    string PublicPath, string QrPng, string QrSvg, string Epcis, bool IsRecalled,
    IReadOnlyList<TimelineEntryModel> Timeline, LotVerification Verification,
    IReadOnlyList<Option> Locations, IReadOnlyList<SerialBatchRow> Batches, int SuspiciousSerials, ScanSummary Scans,
    string? Notice, string? Error);

public sealed record SerialBatchRow(int Id, int Requested, int Issued, int PercentDone, bool IsComplete, DateTimeOffset CreatedAt);

/// <summary>Scans per day for the last weeks, drawn as a server-side SVG bar chart.</summary>
public sealed record ScanSummary(IReadOnlyList<ScanDay> Days, long Total)
{
    public int Max => Days.Count == 0 ? 0 : Days.Max(d => d.Count);
}

public sealed record ScanDay(DateOnly Day, int Count);

/// <summary>Labels to print on A4 sheets of <see cref="PerSheet"/> (3 × 8 cells of 70 × 37 mm).</summary>
public sealed record LabelSheet(string ProductName, string PackSize, DateOnly ProducedOn, DateOnly? BestBefore, IReadOnlyList<Label> Labels,
    int Page, int PageCount, string BackPath)
{
    public const int PerSheet = 24;

    /// <summary>Room for the QR on a cell, quiet zone included, above up to three 7 pt lines of the code in text.</summary>
    public const decimal QrSideMm = 26.5m;

    public const decimal MinModuleMm = 0.5m;

    public IEnumerable<Label[]> Sheets => Labels.Chunk(PerSheet);

    public bool AnyTooDense => Labels.Any(l => l.Qr.IsTooDense);
}

/// <summary>One cell: the QR of its Digital Link and the same code in text, one "(AI) value" per part.</summary>
public sealed record Label(IReadOnlyList<string> HumanReadable, LabelQr Qr)
{
    public static Label Of(DigitalLink link, string origin) =>
        new(ProvenanceModelFactory.HumanReadableParts(link), TraceQrCodes.ForLabel(link.ToUri(origin), LabelSheet.QrSideMm, LabelSheet.MinModuleMm));
}

public sealed record LocationsPage(IReadOnlyList<Option> Locations, LocationForm Form, string? Notice);
