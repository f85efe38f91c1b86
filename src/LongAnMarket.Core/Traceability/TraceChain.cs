using System.Security.Cryptography;
using System.Text;

namespace LongAnMarket.Core.Traceability;

/// <summary>
/// The lot's hash chain. Link n = SHA-256 over a fixed text form of (n, link n−1, the record's event hash ID, the
/// digest of its error declaration if it is one, the SHA-256 of each attachment). The platform signs each link.
/// </summary>
public static class TraceChain
{
    public const string Version = "longan-trace-link/1";

    public static string Genesis(DigitalLink lot) => Sha256Hex($"{Version}\ngenesis\n{lot.CanonicalUri}");

    public static string Link(int sequence, string previousLink, string eventHashId, string? declarationDigest, IEnumerable<string> attachmentSha256) =>
        Sha256Hex(LinkText(sequence, previousLink, eventHashId, declarationDigest, attachmentSha256));

    public static string LinkText(int sequence, string previousLink, string eventHashId, string? declarationDigest, IEnumerable<string> attachmentSha256) =>
        $"{Version}\n{sequence}\n{previousLink}\n{eventHashId}\n{declarationDigest ?? "-"}\n{string.Join(',', attachmentSha256)}";

    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
