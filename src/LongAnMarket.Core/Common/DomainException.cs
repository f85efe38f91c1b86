namespace LongAnMarket.Core.Common;

/// <summary>A rule of the domain was broken; the entity was left unchanged.</summary>
public class DomainException : Exception
{
    public DomainException(string message) : this(new DomainMessage(message)) { }

    /// <summary>From an interpolated string: <see cref="Reason"/> keeps its template and arguments for translation.</summary>
    public DomainException(DomainMessageHandler message) : this(new DomainMessage(message)) { }

    public DomainException(DomainMessage reason) : base(reason.Text) => Reason = reason;

    /// <summary>What <see cref="Exception.Message"/> says, in a form the interface can translate.</summary>
    public DomainMessage Reason { get; }

    /// <summary>The input the rule is about, by the name forms give it ("TaxNumber"), when it is about one.</summary>
    public string? Field { get; init; }
}
