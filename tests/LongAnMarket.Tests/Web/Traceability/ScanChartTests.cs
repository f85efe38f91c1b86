using System.Xml.Linq;
using LongAnMarket.Web.Traceability;

namespace LongAnMarket.Tests.Web.Traceability;

/// <summary>The 30-day scan chart's day labels never overlap: one a week, counted back from today, today's at the edge.</summary>
public sealed class ScanChartTests
{
    [Fact]
    public void Labels_fall_a_week_apart_back_from_the_last_day_which_ends_at_the_right_edge()
    {
        var first = new DateOnly(2026, 11, 4);
        var days = Enumerable.Range(0, 30).Select(i => new ScanDay(first.AddDays(i), i % 5)).ToList();
        var svg = XElement.Parse(ScanChart.Svg(new ScanSummary(days, days.Sum(d => d.Count)), "Lượt quét"));

        var labels = svg.Elements().Where(e => e.Name.LocalName == "text" && e.Attribute("text-anchor") is not null).ToList();
        Assert.Equal(["05/11", "12/11", "19/11", "26/11", "03/12"], labels.Select(l => l.Value));
        Assert.Equal("end", labels[^1].Attribute("text-anchor")!.Value);
        Assert.Equal("600", labels[^1].Attribute("x")!.Value);
        var xs = labels.Select(l => double.Parse(l.Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.All(xs.Zip(xs.Skip(1)), pair => Assert.True(pair.Second - pair.First >= 100, $"labels {pair.First} and {pair.Second} crowd"));
    }
}
