namespace LongAnMarket.Core.Common;

/// <summary>Vietnam's clock (UTC+07:00, no daylight saving): what producers type and what pages show.</summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset Now(TimeProvider clock) => clock.GetUtcNow().ToOffset(Offset);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock).DateTime);

    /// <summary>A UTC instant as stored (Kind may be Unspecified after a database round trip), in Vietnam time.</summary>
    public static DateTimeOffset FromUtc(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Offset);

    public static DateTimeOffset At(DateOnly day, int hour, int minute = 0) => new(day.ToDateTime(new TimeOnly(hour, minute)), Offset);
}
