using LongAnMarket.Core.Common;

namespace LongAnMarket.Tests.Core.Common;

public sealed class VndTests
{
    [Theory]
    [InlineData(150_000, "150.000 ₫")]
    [InlineData(0, "0 ₫")]
    [InlineData(999, "999 ₫")]
    [InlineData(1_250_000, "1.250.000 ₫")]
    [InlineData(1_000_000_000, "1.000.000.000 ₫")]
    public void Should_format_whole_dong_with_dot_grouping(long amount, string expected) => Assert.Equal(expected, Vnd.Format(amount));

    [Fact]
    public void Should_not_depend_on_the_current_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("en-US");
            Assert.Equal("150.000 ₫", Vnd.Format(150_000));
        }
        finally { System.Globalization.CultureInfo.CurrentCulture = previous; }
    }
}
