using LongAnMarket.Core.Traceability;

namespace LongAnMarket.Tests.Core.Traceability;

public sealed class TraceChainTests
{
    [Fact]
    public void Version_1_links_are_computed_exactly_as_they_were_sealed_and_version_2_differs()
    {
        // The text form every version-1 link was sealed over, written out as it was before versions existed.
        var sealedText = "longan-trace-link/1\n3\nprevious\nni:///sha-256;abc?ver=CBV2.0\n-\naa,bb";
        Assert.Equal(TraceChain.Sha256Hex(sealedText), TraceChain.Link(1, 3, "previous", "ni:///sha-256;abc?ver=CBV2.0", null, ["aa", "bb"]));
        Assert.NotEqual(TraceChain.Link(1, 3, "previous", "x", null, []), TraceChain.Link(2, 3, "previous", "x", null, []));
        var lot = new DigitalLink("08930000000019", "ND1", null);
        Assert.Equal(TraceChain.Sha256Hex($"longan-trace-link/1\ngenesis\n{lot.CanonicalUri}"), TraceChain.Genesis(lot, 1));
        Assert.Equal(EventHashVersion.WithErrorDeclaration, TraceChain.HashVersion(1));
        Assert.Equal(EventHashVersion.Reference, TraceChain.HashVersion(2));
        Assert.Throws<FormatException>(() => TraceChain.Parse("longan-trace-link/9"));
    }
}
