namespace LongAnMarket.Core.Common;

/// <summary>A rule of the domain was broken; the entity was left unchanged.</summary>
public class DomainException(string message) : Exception(message);
