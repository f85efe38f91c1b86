namespace LongAnMarket.Core.Common;

/// <summary>
/// A moment as it was recorded: the UTC instant (which both databases can order) and the
/// offset of the place it happened (which MySQL drops and SQLite cannot order by).
/// </summary>
public readonly record struct RecordedTime(DateTime Utc, short OffsetMinutes)
{
    public static RecordedTime From(DateTimeOffset moment) =>
        new(moment.UtcDateTime, checked((short)moment.Offset.TotalMinutes));

    public DateTimeOffset ToDateTimeOffset() =>
        new DateTimeOffset(DateTime.SpecifyKind(Utc, DateTimeKind.Utc)).ToOffset(TimeSpan.FromMinutes(OffsetMinutes));
}
