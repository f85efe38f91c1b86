using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace LongAnMarket.Web.Models;

public static class LineBreaks
{
    /// <summary>An email address that may wrap only after "@" and ".", never in the middle of a word.</summary>
    public static IHtmlContent Email(string email, HtmlEncoder encoder)
    {
        var html = new HtmlContentBuilder();
        var start = 0;
        for (var i = 0; i < email.Length; i++)
        {
            if (email[i] is not ('@' or '.')) continue;
            html.AppendHtml(encoder.Encode(email[start..(i + 1)])).AppendHtml("<wbr>");
            start = i + 1;
        }
        return html.AppendHtml(encoder.Encode(email[start..]));
    }
}
