using System.Globalization;
using System.Text;

namespace LongAnMarket.Web.Compliance;

/// <summary>
/// RFC 4180 CSV in UTF-8 with a byte-order mark (so spreadsheet programs read Vietnamese correctly). A cell that a
/// spreadsheet would run as a formula (=, +, -, @ first) is written with a leading apostrophe.
/// </summary>
public static class Csv
{
    public static byte[] Write(IEnumerable<string> header, IEnumerable<IEnumerable<object?>> rows)
    {
        var text = new StringBuilder();
        Line(text, header);
        foreach (var row in rows) Line(text, row.Select(Cell));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        DateTime time => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static void Line(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(Quote));
        text.Append("\r\n");
    }

    private static string Quote(string cell)
    {
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' && !double.TryParse(cell, CultureInfo.InvariantCulture, out _)) cell = "'" + cell;
        return cell.IndexOfAny([',', '"', '\r', '\n']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"") + "\"";
    }
}
