using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace LongAnMarket.Tests.Support;

public static class HtmlPage
{
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) => Parse(await response.Content.ReadAsStringAsync());

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static string Text(this IHtmlDocument document) =>
        string.Join(' ', (document.Body?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
