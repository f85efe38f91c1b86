using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LongAnMarket.Web.Forms;

/// <summary>
/// A form's errors beside their fields: the field is marked <c>aria-invalid</c> and described by its own message
/// (<c>{field}-error</c>), so a screen reader reads the message with the field. Attributes come out null, which Razor
/// leaves off, when the field is fine.
/// </summary>
public sealed class FormErrors(ModelStateDictionary state)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string MessageId(string field) => field + "-error";

    public string? Invalid(string field) => Message(field) is null ? null : "true";

    /// <summary>The field's own hint ids, then its message's id when it has one.</summary>
    public string? DescribedBy(string field, params string[] hints)
    {
        var ids = hints.Where(h => h.Length > 0).ToList();
        if (Message(field) is not null) ids.Add(MessageId(field));
        return ids.Count == 0 ? null : string.Join(' ', ids);
    }

    public IHtmlContent For(string field) => Message(field) is { } message
        ? new HtmlString($"<p class=\"field-error\" id=\"{MessageId(field)}\">{Encoder.Encode(message)}</p>")
        : HtmlString.Empty;

    private string? Message(string field) => state[field] is { Errors.Count: > 0 } entry ? entry.Errors[0].ErrorMessage : null;
}
