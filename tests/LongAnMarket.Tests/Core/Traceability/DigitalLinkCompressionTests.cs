using LongAnMarket.Core.Traceability;

namespace LongAnMarket.Tests.Core.Traceability;

public sealed class DigitalLinkCompressionTests
{
    private static readonly string[] VectorFiles =
    [
        Path.Combine(AppContext.BaseDirectory, "Standards", "gs1-dl-compression", "vectors.tsv"),
        Path.Combine(AppContext.BaseDirectory, "Standards", "gs1-dl-compression-extra.tsv"),
    ];

    public static TheoryData<string, string> ToolkitVectors()
    {
        var vectors = new TheoryData<string, string>();
        foreach (var (compressed, path) in Vectors()) vectors.Add(compressed, path);
        return vectors;
    }

    [Theory]
    [MemberData(nameof(ToolkitVectors))]
    public void Should_decompress_what_gs1s_toolkit_compressed_to_the_path_it_came_from(string compressed, string path)
    {
        var result = DigitalLinkCompression.Decompress(compressed);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(path, result.Path);
        Assert.Equal(path, result.PathAndQuery);
        Assert.Empty(result.Query);
        Assert.Null(result.Message);
    }

    [Theory]
    [MemberData(nameof(ToolkitVectors))]
    public void Should_compress_a_link_exactly_as_gs1s_toolkit_does(string compressed, string path)
    {
        var link = DigitalLink.Parse(path).Link;

        Assert.NotNull(link);
        Assert.Equal(compressed, DigitalLinkCompression.Compress(link));
    }

    [Fact]
    public void Should_read_every_vector_file()
    {
        Assert.All(VectorFiles, file => Assert.True(File.Exists(file), file));
        Assert.Equal(17, Vectors().Count());
    }

    [Fact]
    public void Should_read_the_lot_link_of_the_shared_vector()
    {
        var result = DigitalLinkCompression.Decompress("/CxA-WvSoJtBoe3WuuvQ");

        Assert.Equal(new DigitalLink("08930000000019", "ND261116", null), result.Link);
        Assert.Equal("/01/08930000000019/10/ND261116", result.Path);
    }

    [Theory]
    [InlineData("CxA-WvSoJtBoe3WuuvQ")]
    [InlineData("/CxA-WvSoJtBoe3WuuvQ/")]
    [InlineData("  /CxA-WvSoJtBoe3WuuvQ ")]
    public void Should_take_the_segment_with_or_without_its_slashes(string compressed) =>
        Assert.Equal("/01/08930000000019/10/ND261116", DigitalLinkCompression.Decompress(compressed).Path);

    // Made with the same toolkit copy as gs1-dl-compression-extra.tsv, but with compressOtherKeyValuePairs on, and
    // read back with its decompressGS1DigitalLink: data attributes go to the query in the toolkit's order.
    [Theory]
    [InlineData("/CxA-WvSoJtBoe3WuuvQuf43g", "/01/08930000000019/10/ND261116?17=261231")]
    [InlineData("/GhA-WvSoJsRep_jexJag", "/01/08930000000019/10/L1/21/S1?17=261231")]
    [InlineData("/LRA-WvSoJgAXo", "/01/08930000000019?3103=000189")]
    [InlineData("/HxA-WvSoJodXh_je", "/01/08930000000019/10/ABC?15=261231")]
    [InlineData("/DhA-WvSoJk3aWlA", "/01/08930000000019?7003=2612311200")]
    [InlineData("/CxA-WvSoJsRevhJWp4GCvi", "/01/08930000000019/10/L1?lang=vi")]
    [InlineData("/LRA-WvSoJgAXouf43kLElr4SVqeBgr4g", "/01/08930000000019/21/S1?17=261231&3103=000189&lang=vi")]
    public void Should_carry_data_attributes_and_other_pairs_into_the_query(string compressed, string pathAndQuery)
    {
        var result = DigitalLinkCompression.Decompress(compressed);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(pathAndQuery, result.PathAndQuery);
        Assert.Equal(pathAndQuery.Split('?')[0], result.Path);
        Assert.Equal(pathAndQuery.Split('?')[1], string.Join('&', result.Query.Select(pair => $"{pair.Key}={pair.Value}")));
    }

    [Fact]
    public void Should_percent_encode_query_values_it_decoded() =>
        Assert.Equal("/01/08930000000019/10/A%22B?lang=vi%20x", DigitalLinkCompression.Decompress("/CxA-WvSoJwcFFC8JK1PBAnbSg8A").PathAndQuery);

    [Theory]
    [InlineData("/AAAAAASZYC1w", "(00)")]
    [InlineData("/nUKygfLXpUAg", "(414)")]
    public void Should_refuse_a_link_to_something_other_than_a_product(string compressed, string key)
    {
        var result = DigitalLinkCompression.Decompress(compressed);

        Assert.False(result.Succeeded);
        Assert.Contains(key, result.Message);
        Assert.Contains("GTIN (01)", result.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("=")]
    [InlineData("%")]
    [InlineData("/CxA-WvSoJtBoe3WuuvQ=")]
    [InlineData("/CxA-WvSoJtBoe3WuuvQ?linkType=all")]
    [InlineData("/CxA+WvSoJtBoe3WuuvQ")]
    [InlineData("/01/08930000000019/10/ND261116")]
    [InlineData("/CxA-WvSoJtBoe3Wuuv")]
    [InlineData("/CxA-WvSoJtBoe3WuuvQAA")]
    [InlineData("/CxA-WvSoJtBoe3WuuvR")]
    [InlineData("/ARA-WvSoJ")]
    [InlineData("/ARA-WvSoJh")]
    [InlineData("/ARA-WvSoJk")]
    [InlineData("/_________________")]
    [InlineData("/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/LOT-ND261116")]
    public void Should_fail_with_a_message_not_an_exception(string? input) => AssertFailure(DigitalLinkCompression.Decompress(input));

    [Fact]
    public void Should_fail_on_a_thousand_characters()
    {
        AssertFailure(DigitalLinkCompression.Decompress(new string('A', 1000)));
        AssertFailure(DigitalLinkCompression.Decompress(new string('_', 1000)));
        AssertFailure(DigitalLinkCompression.Decompress("/" + string.Concat(Enumerable.Repeat("CxA-WvSoJtBoe3WuuvQ", 53))));
    }

    [Fact]
    public void Should_fail_on_random_bits()
    {
        var random = new Random(20261116);
        for (var i = 0; i < 2000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 80)).Select(_ => Alphabet[random.Next(Alphabet.Length)]));
            AssertFailure(DigitalLinkCompression.Decompress(text));
        }
    }

    [Fact]
    public void Should_never_throw_on_a_cut_or_altered_vector()
    {
        foreach (var (compressed, _) in Vectors())
        {
            for (var length = 0; length < compressed.Length; length++) DigitalLinkCompression.Decompress(compressed[..length]);
            for (var at = 1; at < compressed.Length; at++)
            {
                foreach (var c in Alphabet) DigitalLinkCompression.Decompress(compressed[..at] + c + compressed[(at + 1)..]);
            }
        }
    }

    [Theory]
    [InlineData("08930000000019", null, null, null)]
    [InlineData("08930000000019", "!\"%&'()*+,-./:;<=>?_", "AZaz09", "V1")]
    [InlineData("09506000134352", "00000000000000000001", "12345678901234567890", null)]
    [InlineData("09506000134352", null, "0", "99999999999999999999")]
    [InlineData("09506000134352", "abcdefABCDEF", "abcdef", "ABCDEF")]
    [InlineData("00000096385074", "x", null, null)]
    public void Should_read_back_what_it_compresses(string gtin, string? lot, string? serial, string? cpv)
    {
        var link = new DigitalLink(gtin, lot, serial, cpv);

        var compressed = DigitalLinkCompression.Compress(link);

        Assert.True(DigitalLinkCompression.LooksCompressed(compressed));
        Assert.Equal(link, DigitalLinkCompression.Decompress(compressed).Link);
    }

    // Values of the toolkit's numberOfValueBits and numberOfLengthBits under node, quirks included: 59 digits fit in
    // 196 bits, but the "+ 0.01" in the toolkit's formula asks for 197.
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 4)]
    [InlineData(6, 20)]
    [InlineData(13, 44)]
    [InlineData(14, 47)]
    [InlineData(18, 60)]
    [InlineData(20, 67)]
    [InlineData(59, 197)]
    [InlineData(90, 299)]
    public void Should_give_digits_as_many_bits_as_gs1s_toolkit(int digits, int bits) =>
        Assert.Equal(bits, CompressedValue.DigitBits(digits));

    [Theory]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(8, 4)]
    [InlineData(16, 5)]
    [InlineData(20, 5)]
    [InlineData(90, 7)]
    public void Should_give_a_length_as_many_bits_as_gs1s_toolkit(int maxLength, int bits) =>
        Assert.Equal(bits, CompressedValue.LengthBits(maxLength));

    [Theory]
    [InlineData("/CxA-WvSoJtBoe3WuuvQ", true)]
    [InlineData("CxA-WvSoJtBoe3WuuvQ", true)]
    [InlineData("/ARA-WvSoJg", true)]
    [InlineData("/ARA-WvSoJ", false)]
    [InlineData("/01/08930000000019", false)]
    [InlineData("/01/08930000000019/10/ND261116", false)]
    [InlineData("/CxA-WvSoJtBoe3WuuvQ?linkType=all", false)]
    [InlineData("/CxA-WvSoJtBoe3Wuuv=", false)]
    [InlineData("/", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Should_tell_a_compressed_path_at_a_glance(string? path, bool looksCompressed) =>
        Assert.Equal(looksCompressed, DigitalLinkCompression.LooksCompressed(path));

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private static IEnumerable<(string Compressed, string Path)> Vectors() =>
        VectorFiles.SelectMany(File.ReadLines)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(columns => (columns[0], columns[1]));

    private static void AssertFailure(DigitalLinkCompressionResult result)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Link);
        Assert.Null(result.Path);
        Assert.Null(result.PathAndQuery);
        Assert.Empty(result.Query);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
    }
}
