namespace LongAnMarket.Web.Traceability;

/// <summary>What a resolver request asks for: the page, the whole linkset, or one GS1 link type.</summary>
public abstract record LinkTypeRequest
{
    public sealed record Page : LinkTypeRequest;
    public sealed record Linkset : LinkTypeRequest;
    /// <summary>A GS1 Web Vocabulary link type, by its term ("pip", "epcis", …).</summary>
    public sealed record Gs1(string Term) : LinkTypeRequest;
    /// <summary>A link type outside the GS1 vocabulary: this resolver has no such links.</summary>
    public sealed record Other(string Requested) : LinkTypeRequest;
}

/// <summary>
/// The GS1 Web Vocabulary link types this resolver answers, and how a request names them: "gs1:pip", or the full URI
/// under https://gs1.org/voc/, https://ref.gs1.org/voc/ or https://www.gs1.org/voc/ (GS1 moved its vocabulary between them).
/// </summary>
public static class LinkTypes
{
    public const string Vocabulary = "https://ref.gs1.org/voc/";
    public const string Prefix = "gs1:";

    public const string Pip = "pip";
    public const string Traceability = "traceability";
    public const string CertificationInfo = "certificationInfo";
    public const string Epcis = "epcis";
    public const string DefaultLink = "defaultLink";

    private static readonly string[] Namespaces =
        [Prefix, "https://ref.gs1.org/voc/", "https://gs1.org/voc/", "https://www.gs1.org/voc/", "http://gs1.org/voc/", "http://ref.gs1.org/voc/", "http://www.gs1.org/voc/"];

    public static LinkTypeRequest Of(HttpRequest request)
    {
        var requested = request.Query["linkType"].ToString().Trim();
        if (requested is "linkset" or "all" || (requested.Length == 0 && AcceptsLinkset(request))) return new LinkTypeRequest.Linkset();
        if (requested.Length == 0) return new LinkTypeRequest.Page();
        foreach (var ns in Namespaces)
            if (requested.StartsWith(ns, StringComparison.OrdinalIgnoreCase) && requested.Length > ns.Length)
                return new LinkTypeRequest.Gs1(requested[ns.Length..]);
        return new LinkTypeRequest.Other(requested);
    }

    /// <summary>The client named the linkset media type in Accept (GS1's suite sends it with ?linkType=all too).</summary>
    public static bool AcceptsLinkset(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains(Linksets.MediaType, StringComparison.OrdinalIgnoreCase) == true);
}
