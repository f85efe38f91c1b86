namespace LongAnMarket.Core.Traceability;

/// <summary>Why a scanned or typed path is not a Digital Link we can resolve.</summary>
public enum DigitalLinkProblem
{
    /// <summary>Not a path of AI/value pairs, or a broken percent-encoding.</summary>
    Malformed,
    /// <summary>The path does not start with the GTIN (AI 01).</summary>
    MissingGtin,
    /// <summary>The GTIN is not 8, 12, 13 or 14 digits.</summary>
    BadGtin,
    WrongCheckDigit,
    /// <summary>An AI other than 22, 10 or 21 after the GTIN.</summary>
    UnknownAi,
    /// <summary>Qualifiers not in the order 22, 10, 21, or one given twice.</summary>
    QualifierOrder,
    BadCpv,
    BadLot,
    BadSerial,
}

/// <summary>Either a <see cref="DigitalLink"/> or the <see cref="DigitalLinkProblem"/> with a Vietnamese message for the person who scanned it.</summary>
public sealed record DigitalLinkParseResult
{
    private DigitalLinkParseResult(DigitalLink? link, DigitalLinkProblem? problem, string? message)
    {
        Link = link;
        Problem = problem;
        Message = message;
    }

    public DigitalLink? Link { get; }
    public DigitalLinkProblem? Problem { get; }
    public string? Message { get; }
    public bool Succeeded => Link is not null;

    public static DigitalLinkParseResult Success(DigitalLink link) => new(link, null, null);
    public static DigitalLinkParseResult Failure(DigitalLinkProblem problem, string message) => new(null, problem, message);
}
