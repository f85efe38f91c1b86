using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Web.Hosting;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Tests.Web.Hosting;

/// <summary>Pictures of public media point at Storage:S3:PublicBaseUrl when it is set, whatever way the view wrote the address.</summary>
public sealed class S3MediaLinksTests
{
    private const string BaseUrl = "https://media.example.vn/longan-public";

    private static string Rendered(object src, string? publicBaseUrl = BaseUrl, StorageProvider provider = StorageProvider.S3)
    {
        var storage = new StorageOptions { Provider = provider, S3 = { PublicBaseUrl = publicBaseUrl } };
        var attributes = new TagHelperAttributeList { new TagHelperAttribute("src", src) };
        var context = new TagHelperContext(attributes, new Dictionary<object, object>(), "img");
        var output = new TagHelperOutput("img", attributes, (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()))
        {
            TagMode = TagMode.StartTagOnly,
        };
        new MediaLinks(Options.Create(storage)).Process(context, output);
        using var writer = new StringWriter();
        output.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public void Should_point_a_picture_written_as_one_expression_at_the_public_base_url() =>
        Assert.Equal($"<img src=\"{BaseUrl}/products/gao/1.webp\">", Rendered("/media/products/gao/1.webp"));

    [Fact]
    public void Should_point_a_picture_written_as_text_and_expression_at_the_public_base_url() =>
        Assert.Equal($"<img src=\"{BaseUrl}/products/gao/1-480.webp\">",
            Rendered(new HtmlContentBuilder().AppendHtml("/media/").Append("products/gao/1-480.webp")));

    [Theory]
    [InlineData("/media/trace/202612/anh.webp", BaseUrl, StorageProvider.S3)] // checked against its seal where it is served
    [InlineData("/images/da-thong-bao-bct.svg", BaseUrl, StorageProvider.S3)]
    [InlineData("/media/products/gao/1.webp", null, StorageProvider.S3)]
    [InlineData("/media/products/gao/1.webp", BaseUrl, StorageProvider.Local)]
    public void Should_leave_every_other_picture_as_it_is(string src, string? publicBaseUrl, StorageProvider provider) =>
        Assert.Equal($"<img src=\"{src}\">", Rendered(src, publicBaseUrl, provider));
}
