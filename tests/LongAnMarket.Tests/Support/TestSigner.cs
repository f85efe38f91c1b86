using System.Security.Cryptography;
using System.Text;
using LongAnMarket.Core.Traceability;

namespace LongAnMarket.Tests.Support;

/// <summary>A throwaway P-256 key that signs the way the platform's does.</summary>
public sealed class TestSigner : ITraceSigner, IDisposable
{
    private readonly ECDsa _key;

    public TestSigner() : this(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { }

    /// <summary>Signs with a given key, e.g. the platform's own key file as an attacker who holds it would.</summary>
    public TestSigner(ECDsa key)
    {
        _key = key;
        PublicKey = TraceKeyJwk.FromPublicKey(_key);
    }

    public TraceKeyJwk PublicKey { get; }
    public string KeyId => PublicKey.KeyId;

    public string Sign(string linkHash) => TraceKeyJwk.Base64Url(
        _key.SignData(Encoding.ASCII.GetBytes(linkHash), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));

    public bool Verify(string linkHash, string signature) => PublicKey.Verify(linkHash, signature);

    public void Dispose()
    {
        _key.Dispose();
        PublicKey.Dispose();
    }
}
