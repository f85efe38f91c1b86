namespace LongAnMarket.Web.Admin;

public sealed record AdminLotRow(int Id, string ProductName, string ProducerName, string Code, string PublicPath, DateOnly ProducedOn, long Scans, bool IsRecalled);

public sealed record AdminLotListModel(string? Query, IReadOnlyList<AdminLotRow> Lots, string? Notice, string? Error);

public sealed record CounterfeitReportRow(int Id, string Code, string? LotLabel, string Message, string? Contact, DateTimeOffset ReportedAt,
    DateTimeOffset? ClosedAt, string? Resolution)
{
    public IReadOnlyList<int> PhotoIds { get; init; } = [];
    /// <summary>The buyer's complaint this report was filed from, if it came from one.</summary>
    public int? ComplaintId { get; init; }
}

public sealed record CounterfeitReportListModel(bool ShowClosed, IReadOnlyList<CounterfeitReportRow> Reports, int Open, string? Notice, string? Error);
