using System.Security.Cryptography;
using System.Text;

namespace LongAnMarket.Core.Traceability;

/// <summary>
/// The lot's hash chain. Link n = SHA-256 over a fixed text form of (n, link n−1, the record's event hash ID, the
/// digest of its error declaration if it is one, the SHA-256 of each attachment). The platform signs each link.
/// The version names both the link text and the event hash version, and is recorded per lot: a chain is always
/// verified as it was sealed.
/// </summary>
public static class TraceChain
{
    public const int CurrentVersion = 2;
    public const string Version = "longan-trace-link/2";

    public static string Name(int version) => version switch
    {
        1 => "longan-trace-link/1",
        2 => Version,
        _ => throw new FormatException($"Unknown chain version {version}; this build reads versions 1 and 2."),
    };

    /// <summary>"longan-trace-link/N" → N.</summary>
    public static int Parse(string? name) => name switch
    {
        "longan-trace-link/1" => 1,
        Version => 2,
        _ => throw new FormatException($"Unknown chain version \"{name}\"; this tool reads longan-trace-link/1 and /2."),
    };

    public static EventHashVersion HashVersion(int version) =>
        version == 1 ? EventHashVersion.WithErrorDeclaration : EventHashVersion.Reference;

    public static string Genesis(DigitalLink lot, int version = CurrentVersion) => Sha256Hex($"{Name(version)}\ngenesis\n{lot.CanonicalUri}");

    public static string Genesis(string lotUri, int version) => Sha256Hex($"{Name(version)}\ngenesis\n{lotUri}");

    public static string Link(int version, int sequence, string previousLink, string eventHashId, string? declarationDigest, IEnumerable<string> attachmentSha256) =>
        Sha256Hex($"{Name(version)}\n{sequence}\n{previousLink}\n{eventHashId}\n{declarationDigest ?? "-"}\n{string.Join(',', attachmentSha256)}");

    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
