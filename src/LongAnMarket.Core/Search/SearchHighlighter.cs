using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace LongAnMarket.Core.Search;

/// <summary>Wraps the words a query matched in &lt;mark&gt;, HTML-encoding everything else.</summary>
public static class SearchHighlighter
{
    /// <summary>Encodes markup characters only: Vietnamese letters stay readable in the page source, as Razor writes them.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public const int SnippetLength = 160;

    public static string Mark(string text, QueryPlan plan)
    {
        text = text.Normalize(NormalizationForm.FormC);
        return Mark(text, plan, 0, text.Length);
    }

    /// <summary>About 160 characters of the text around its first match; null when nothing in it matched.</summary>
    public static string? Snippet(string text, QueryPlan plan)
    {
        text = text.Normalize(NormalizationForm.FormC);
        var first = SearchText.Tokenize(text).FirstOrDefault(t => plan.Matches(t));
        if (first is null) return null;
        var start = Math.Max(0, first.Start - SnippetLength / 3);
        if (start > 0) { var space = text.IndexOf(' ', start); start = space >= 0 && space < first.Start ? space + 1 : start; }
        var end = Math.Min(text.Length, start + SnippetLength);
        if (end < text.Length) { var space = text.LastIndexOf(' ', end); end = space > first.Start + first.Length ? space : end; }
        return (start > 0 ? "… " : "") + Mark(text, plan, start, end) + (end < text.Length ? " …" : "");
    }

    private static string Mark(string text, QueryPlan plan, int start, int end)
    {
        var html = new StringBuilder();
        var at = start;
        foreach (var token in SearchText.Tokenize(text))
        {
            if (token.Start < start || token.Start + token.Length > end || !plan.Matches(token)) continue;
            html.Append(Encoder.Encode(text[at..token.Start]));
            html.Append("<mark>").Append(Encoder.Encode(text.Substring(token.Start, token.Length))).Append("</mark>");
            at = token.Start + token.Length;
        }
        html.Append(Encoder.Encode(text[at..end]));
        return html.ToString();
    }
}
