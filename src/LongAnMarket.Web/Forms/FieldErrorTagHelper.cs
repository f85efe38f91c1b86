using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LongAnMarket.Web.Forms;

/// <summary>
/// Every form's errors beside their fields: a field whose name has an error in the model state is marked
/// <c>aria-invalid</c>, followed by its own message (<c>{id}-error</c>) and described by it after its own hints, so a
/// screen reader reads the message with the field. Runs after the built-in tag helpers, which name <c>asp-for</c> fields.
/// Radio buttons are left alone: their group's message belongs to the group, not to each button.
/// </summary>
[HtmlTargetElement("input", Attributes = "name", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("input", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("select", Attributes = "name")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "name")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class FieldErrorTagHelper(HtmlEncoder encoder) : TagHelper
{
    public override int Order => 1000;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public static string FieldId(string field) => TagBuilder.CreateSanitizedId(field, "_");

    public static string MessageId(string field) => FieldId(field) + "-error";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Text(output.Attributes["type"]) is "hidden" or "radio") return;
        if (Text(output.Attributes["name"]) is not { Length: > 0 } field) return;
        if (ViewContext.ModelState[field] is not { Errors.Count: > 0 } entry) return;

        // The field's own id when it has one (forms that repeat a name give each copy its own id), else one from its name.
        var messageId = (Text(output.Attributes["id"]) is { Length: > 0 } id ? id : FieldId(field)) + "-error";
        output.Attributes.SetAttribute("aria-invalid", "true");
        var hints = Text(output.Attributes["aria-describedby"]);
        output.Attributes.SetAttribute("aria-describedby", string.IsNullOrWhiteSpace(hints) ? messageId : hints + " " + messageId);
        output.PostElement.AppendHtml(new HtmlString(
            $"<p class=\"field-error\" id=\"{encoder.Encode(messageId)}\">{encoder.Encode(entry.Errors[0].ErrorMessage)}</p>"));
    }

    private static string? Text(TagHelperAttribute? attribute) => attribute?.Value switch
    {
        null => null,
        string s => s,
        HtmlString h => h.Value,
        IHtmlContent html => Rendered(html),
        var other => other.ToString(),
    };

    private static string Rendered(IHtmlContent html)
    {
        using var writer = new StringWriter();
        html.WriteTo(writer, HtmlEncoder.Default);
        return System.Net.WebUtility.HtmlDecode(writer.ToString());
    }
}
