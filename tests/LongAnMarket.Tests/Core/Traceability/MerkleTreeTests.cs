using System.Security.Cryptography;
using LongAnMarket.Core.Traceability;

namespace LongAnMarket.Tests.Core.Traceability;

/// <summary>The batch tree against RFC 9162 §2.1's recursive definition of MTH, and its audit paths against §2.1.3.2's check.</summary>
public sealed class MerkleTreeTests
{
    [Fact]
    public void Every_size_gives_the_rfc_root_and_every_leafs_path_leads_to_it_and_only_from_that_leaf()
    {
        for (var size = 1; size <= 33; size++)
        {
            var leaves = Enumerable.Range(0, size).Select(i => SHA256.HashData([(byte)i, (byte)size])).ToList();
            var tree = MerkleTree.Build(leaves);
            Assert.Equal(Mth(leaves), tree.Root);
            for (var i = 0; i < size; i++)
            {
                var path = tree.Path(i);
                Assert.Equal(tree.Root, MerkleTree.RootFromPath(leaves[i], i, size, path));
                if (size > 1) Assert.NotEqual(tree.Root, MerkleTree.RootFromPath(leaves[(i + 1) % size], i, size, path) ?? []);
                if (size > 1) Assert.NotEqual(tree.Root, MerkleTree.RootFromPath(leaves[i], (i + 1) % size, size, path) ?? []);
            }
        }
    }

    [Fact]
    public void A_leaf_index_outside_the_tree_leads_nowhere()
    {
        var leaf = SHA256.HashData([1]);
        Assert.Null(MerkleTree.RootFromPath(leaf, 3, 3, []));
        Assert.Null(MerkleTree.RootFromPath(leaf, -1, 3, []));
    }

    /// <summary>MTH(D[n]) exactly as RFC 9162 §2.1.1 writes it.</summary>
    private static byte[] Mth(IReadOnlyList<byte[]> d)
    {
        if (d.Count == 1) return SHA256.HashData([0x00, .. d[0]]);
        var k = 1;
        while (k * 2 < d.Count) k *= 2;
        return SHA256.HashData([0x01, .. Mth(d.Take(k).ToList()), .. Mth(d.Skip(k).ToList())]);
    }
}
