using System.Security.Cryptography;

namespace LongAnMarket.Core.Traceability;

/// <summary>
/// The Merkle tree hash of RFC 9162 §2.1 (Certificate Transparency 2.0) over a batch of log entries: leaf = SHA-256(0x00 ‖
/// entry hash), node = SHA-256(0x01 ‖ left ‖ right). One time-stamp over the root vouches for every entry in the batch,
/// and an entry's audit path proves it was in it.
/// </summary>
public sealed class MerkleTree
{
    private readonly List<byte[][]> _levels;

    private MerkleTree(List<byte[][]> levels) => _levels = levels;

    public byte[] Root => _levels[^1][0];

    /// <summary>Builds the tree level by level; a last node without a sibling moves up unchanged, which gives RFC 9162's MTH.</summary>
    public static MerkleTree Build(IReadOnlyList<byte[]> leaves)
    {
        if (leaves.Count == 0) throw new ArgumentException("A Merkle tree needs at least one leaf.", nameof(leaves));
        var levels = new List<byte[][]> { leaves.Select(LeafHash).ToArray() };
        while (levels[^1].Length > 1)
        {
            var below = levels[^1];
            var level = new byte[(below.Length + 1) / 2][];
            for (var i = 0; i < level.Length; i++)
                level[i] = 2 * i + 1 < below.Length ? NodeHash(below[2 * i], below[2 * i + 1]) : below[2 * i];
            levels.Add(level);
        }
        return new MerkleTree(levels);
    }

    /// <summary>The audit path of RFC 9162 §2.1.3.1: the siblings from leaf <paramref name="index"/> up to the root.</summary>
    public IReadOnlyList<byte[]> Path(int index)
    {
        if (index < 0 || index >= _levels[0].Length) throw new ArgumentOutOfRangeException(nameof(index));
        var path = new List<byte[]>();
        foreach (var level in _levels.Take(_levels.Count - 1))
        {
            var sibling = index ^ 1;
            if (sibling < level.Length) path.Add(level[sibling]);
            index >>= 1;
        }
        return path;
    }

    /// <summary>RFC 9162 §2.1.3.2: the root that <paramref name="path"/> leads to from the leaf, or null when it cannot lead to one.</summary>
    public static byte[]? RootFromPath(byte[] leaf, long index, long size, IReadOnlyList<byte[]> path)
    {
        if (index < 0 || index >= size) return null;
        long fn = index, sn = size - 1;
        var r = LeafHash(leaf);
        foreach (var p in path)
        {
            if (sn == 0) return null;
            if ((fn & 1) == 1 || fn == sn)
            {
                r = NodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else r = NodeHash(r, p);
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 ? r : null;
    }

    public static byte[] LeafHash(byte[] leaf) => SHA256.HashData([0x00, .. leaf]);

    public static byte[] NodeHash(byte[] left, byte[] right) => SHA256.HashData([0x01, .. left, .. right]);
}
