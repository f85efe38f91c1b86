namespace LongAnMarket.Core.Privacy;

/// <summary>
/// Deadlines counted in working days, Monday to Friday. Public holidays are not known to the marketplace, so a deadline
/// that spans Tết falls earlier than the law's, never later.
/// </summary>
public static class WorkingDays
{
    /// <summary>The <paramref name="count"/>-th working day after <paramref name="from"/> (the day itself does not count).</summary>
    public static DateOnly After(DateOnly from, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = from;
        for (var left = count; left > 0;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) left--;
        }
        return day;
    }
}
