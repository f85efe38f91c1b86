using LongAnMarket.Core.Common;

namespace LongAnMarket.Tests.Core.Common;

public sealed class RecordedTimeTests
{
    [Fact]
    public void Should_keep_the_instant_and_the_original_offset()
    {
        var harvest = new DateTimeOffset(2025, 6, 1, 6, 30, 0, TimeSpan.FromHours(7));

        var recorded = RecordedTime.From(harvest);

        Assert.Equal(new DateTime(2025, 5, 31, 23, 30, 0), recorded.Utc);
        Assert.Equal(420, recorded.OffsetMinutes);
        Assert.Equal(harvest, recorded.ToDateTimeOffset());
        Assert.Equal(TimeSpan.FromHours(7), recorded.ToDateTimeOffset().Offset);
    }
}
