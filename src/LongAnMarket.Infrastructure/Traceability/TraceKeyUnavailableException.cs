namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>The configured signing key cannot be used; start-up stops with this message rather than sign with another key.</summary>
public sealed class TraceKeyUnavailableException(string message, Exception? inner = null) : InvalidOperationException(message, inner);
