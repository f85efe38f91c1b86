using System.Text;

namespace LongAnMarket.Core.Traceability;

/// <summary>
/// Either the <see cref="DigitalLink"/> a compressed path stands for, with whatever else it carried as query pairs,
/// or a Vietnamese message for the person who scanned it.
/// </summary>
public sealed record DigitalLinkCompressionResult
{
    private DigitalLinkCompressionResult(DigitalLink? link, IReadOnlyList<KeyValuePair<string, string>> query, string? message)
    {
        Link = link;
        Query = query;
        Message = message;
    }

    public DigitalLink? Link { get; }

    /// <summary>
    /// Data attributes (e.g. "17" = "261231") in the order GS1's toolkit writes them, then non-GS1 pairs in the order
    /// they were compressed; values decoded, not percent-encoded. Empty on failure.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; }

    public string? Message { get; }
    public bool Succeeded => Link is not null;

    /// <summary>"/01/{gtin}[/22/…][/10/…][/21/…]", as <see cref="DigitalLink.Path"/> writes it.</summary>
    public string? Path => Link?.Path;

    /// <summary><see cref="Path"/> followed by "?key=value&amp;…" when there is a <see cref="Query"/>.</summary>
    public string? PathAndQuery
    {
        get
        {
            if (Link is null) return null;
            var text = new StringBuilder(Link.Path);
            for (var i = 0; i < Query.Count; i++)
                text.Append(i == 0 ? '?' : '&').Append(DigitalLink.Encode(Query[i].Key)).Append('=').Append(DigitalLink.Encode(Query[i].Value));
            return text.ToString();
        }
    }

    public static DigitalLinkCompressionResult Success(DigitalLink link, IReadOnlyList<KeyValuePair<string, string>> query) => new(link, query, null);
    public static DigitalLinkCompressionResult Failure(string message) => new(null, [], message);
}
