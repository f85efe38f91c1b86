using System.Text.Encodings.Web;
using LongAnMarket.Infrastructure.Data;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Hosting;

/// <summary>
/// With Storage:S3:PublicBaseUrl set, a picture of public media is fetched from there (a CDN or the bucket's public
/// address) rather than through this site: <c>src="/media/products/…"</c> becomes <c>src="{PublicBaseUrl}/products/…"</c>.
/// /media/ still answers for every other link (full-size photos, og:image, links already shared). A lot's attachments
/// (/media/trace/…) stay here, where each is checked against its seal as it is served.
/// </summary>
[HtmlTargetElement("img", Attributes = "src", TagStructure = TagStructure.WithoutEndTag)]
public sealed class MediaLinks(IOptions<StorageOptions> storage) : TagHelper
{
    private const string Media = "/media/";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (storage.Value.PublicMediaBaseUrl is not { } baseUrl || !output.Attributes.TryGetAttribute("src", out var src)) return;
        switch (src.Value)
        {
            case string path when IsPublicMedia(path):
                output.Attributes.SetAttribute("src", baseUrl + path[(Media.Length - 1)..]);
                break;
            case IHtmlContent html when Encoded(html) is var path && IsPublicMedia(path):
                output.Attributes.SetAttribute("src", new HtmlString(HtmlEncoder.Default.Encode(baseUrl) + path[(Media.Length - 1)..]));
                break;
        }
    }

    private static bool IsPublicMedia(string path) =>
        path.StartsWith(Media, StringComparison.Ordinal) && !path.StartsWith("/media/trace/", StringComparison.Ordinal);

    private static string Encoded(IHtmlContent html)
    {
        using var writer = new StringWriter();
        html.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
