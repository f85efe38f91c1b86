namespace LongAnMarket.Core.Traceability;

/// <summary>The platform's signing key for chain links (ES256: ECDSA P-256 with SHA-256, JOSE r‖s form, base64url).</summary>
public interface ITraceSigner : ITraceSignatureVerifier
{
    string Sign(string linkHash);
}

public interface ITraceSignatureVerifier
{
    string KeyId { get; }
    bool Verify(string linkHash, string signature);
}
