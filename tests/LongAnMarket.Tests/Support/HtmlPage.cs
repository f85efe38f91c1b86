using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace LongAnMarket.Tests.Support;

public static class HtmlPage
{
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public static string Text(this IHtmlDocument document) =>
        string.Join(' ', (document.Body?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
