namespace LongAnMarket.Core.Traceability;

/// <summary>Every key the platform has signed with, current and retired, found by key id (kid).</summary>
public interface ITraceKeys
{
    ITraceSignatureVerifier? Find(string keyId);
}

public sealed class TraceKeySet(IEnumerable<ITraceSignatureVerifier> keys) : ITraceKeys
{
    private readonly Dictionary<string, ITraceSignatureVerifier> _keys = keys.GroupBy(k => k.KeyId).ToDictionary(g => g.Key, g => g.First());

    public static TraceKeySet Of(params ITraceSignatureVerifier[] keys) => new(keys);

    public ITraceSignatureVerifier? Find(string keyId) => _keys.GetValueOrDefault(keyId);

    /// <summary>True when <paramref name="signature"/> over <paramref name="text"/> verifies with the key named <paramref name="keyId"/>.</summary>
    public static bool Verifies(ITraceKeys keys, string? keyId, string text, string? signature) =>
        keyId is not null && signature is not null && keys.Find(keyId) is { } key && key.Verify(text, signature);
}
