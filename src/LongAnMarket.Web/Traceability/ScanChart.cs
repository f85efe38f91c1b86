using System.Globalization;
using System.Net;
using System.Text;

namespace LongAnMarket.Web.Traceability;

/// <summary>Scans per day as an inline SVG bar chart: readable without JavaScript, each bar titled with its figure.</summary>
public static class ScanChart
{
    private const int Width = 600, Height = 160, Bottom = 20;

    public static string Svg(ScanSummary summary, string caption)
    {
        var days = summary.Days;
        var max = Math.Max(1, summary.Max);
        var barWidth = (double)Width / Math.Max(1, days.Count);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"scan-chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(caption)}\">");
        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            var barHeight = (Height - Bottom - 10) * day.Count / (double)max;
            var x = i * barWidth;
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{x + 1:0.#}\" y=\"{Height - Bottom - barHeight:0.#}\" width=\"{barWidth - 2:0.#}\" height=\"{barHeight:0.#}\"><title>{day.Day:dd/MM}: {day.Count}</title></rect>");
            // Weekly labels counted back from today, so the last day's never crowds the one before it; today's ends at the edge.
            if ((days.Count - 1 - i) % 7 == 0)
            {
                var last = i == days.Count - 1;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text x=\"{(last ? x + barWidth : x + barWidth / 2):0.#}\" y=\"{Height - 5}\" text-anchor=\"{(last ? "end" : "middle")}\">{day.Day:dd/MM}</text>");
            }
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"2\" y=\"12\">{summary.Max}</text></svg>");
        return svg.ToString();
    }
}
