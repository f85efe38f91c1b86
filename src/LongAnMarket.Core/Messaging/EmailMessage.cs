namespace LongAnMarket.Core.Messaging;

/// <summary>One email to one person: plain text always, so every mail client reads it.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody);
