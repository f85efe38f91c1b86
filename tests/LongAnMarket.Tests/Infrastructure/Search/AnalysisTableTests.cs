using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LongAnMarket.Core.Search;
using LongAnMarket.Infrastructure.Search.Elasticsearch;
using LongAnMarket.Infrastructure.Search.Lucene;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Analysis.TokenAttributes;

namespace LongAnMarket.Tests.Infrastructure.Search;

/// <summary>
/// One table of inputs and the words each engine must index for them, positions separated by spaces and the forms at
/// one position by "|". It is checked against the query planner's tokenizer, the Lucene analyzer, and the
/// Elasticsearch index definition (run through the Lucene components Elasticsearch is built on).
/// </summary>
public sealed class AnalysisTableTests
{
    public static readonly TheoryData<string, string> Table = new()
    {
        { "Gạo Nàng Thơm", "gạo|gao nàng|nang thơm|thom" },
        { "ĐẶC SẢN LONG AN", "đặc|dac sản|san long an" },
        { "đ Đ", "đ|d đ|d" },
        { "Gạo Nàng Thơm".Normalize(NormalizationForm.FormD), "gạo|gao nàng|nang thơm|thom" },
        { "chả lụa", "chả|cha lụa|lua" },
        { "Cần Đước", "cần|can đước|duoc" },
        { "5kg", "5 kg" },
        { "Túi 5 kg", "túi|tui 5 kg" },
        { "hũ 500g", "hũ|hu 500 g" },
        { "x2 hộp", "x 2 hộp|hop" },
        { "2,5kg", "2 5 kg" },
        { "40 độ đạm", "40 độ|do đạm|dam" },
        { "lạp-xưởng/Cần_Đước", "lạp|lap xưởng|xuong cần|can đước|duoc" },
        { "Mứt 'khóm' (thơm)!", "mứt|mut khóm|khom thơm|thom" },
        { "café", "café|cafe" },
        { "OCOP 4★", "ocop 4" },
        { "gạo\tlứt\nđỏ", "gạo|gao lứt|lut đỏ|do" },
        { "  ", "" },
        { "<b>gạo</b>", "b gạo|gao b" },
        { "Ông Bà", "ông|ong bà|ba" },
        { "Hạt điều", "hạt|hat điều|dieu" },
        { "xoài cát Hòa Lộc", "xoài|xoai cát|cat hòa|hoa lộc|loc" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void The_query_planner_cuts_words_as_the_table_says(string input, string expected)
    {
        var tokens = SearchText.Tokenize(input);
        Assert.Equal(expected, string.Join(' ', tokens.Select(t => t.Exact == t.Folded ? t.Exact : Forms(t.Exact, t.Folded))));
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void The_Lucene_analyzer_indexes_what_the_table_says(string input, string expected) =>
        Assert.Equal(expected, Positions(new VietnameseAnalyzer(), input));

    [Theory]
    [MemberData(nameof(Table))]
    public void The_Elasticsearch_analyzer_definition_indexes_what_the_table_says(string input, string expected) =>
        Assert.Equal(expected, Positions(new DefinedAnalyzer(ElasticIndexDefinition.Analysis(), ElasticIndexDefinition.Analyzer), input));

    private static string Forms(params string[] forms) => string.Join('|', forms.Order(StringComparer.Ordinal).Reverse());

    /// <summary>Words by position, as indexed from NFC text (both engines receive NFC).</summary>
    private static string Positions(Analyzer analyzer, string input)
    {
        using var stream = analyzer.GetTokenStream("name", new StringReader(input.Normalize(NormalizationForm.FormC)));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var positions = new List<List<string>>();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0 || positions.Count == 0) positions.Add([]);
            positions[^1].Add(term.ToString());
        }
        stream.End();
        return string.Join(' ', positions.Select(p => Forms([.. p])));
    }

    /// <summary>
    /// An Elasticsearch custom analyzer definition built from the Lucene classes its component types name (Elasticsearch
    /// runs the same ones), failing on any type it does not know, so the definition cannot drift from what is tested.
    /// </summary>
    private sealed class DefinedAnalyzer(JsonObject analysis, string name) : Analyzer
    {
        private JsonObject Definition => analysis["analyzer"]![name]!.AsObject();

        protected override TextReader InitReader(string fieldName, TextReader reader)
        {
            foreach (var filterName in Definition["char_filter"]!.AsArray().Select(n => (string)n!))
            {
                var filter = analysis["char_filter"]![filterName]!;
                Assert.Equal("pattern_replace", (string)filter["type"]!);
                reader = new PatternReplaceCharFilter(new Regex((string)filter["pattern"]!), (string)filter["replacement"]!, reader);
            }
            return reader;
        }

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = analysis["tokenizer"]![(string)Definition["tokenizer"]!]!;
            Assert.Equal("pattern", (string)tokenizer["type"]!);
            var source = new PatternTokenizer(reader, new Regex((string)tokenizer["pattern"]!), -1);
            TokenStream stream = source;
            foreach (var filterName in Definition["filter"]!.AsArray().Select(n => (string)n!))
            {
                var filter = filterName == "lowercase" ? new JsonObject { ["type"] = "lowercase" } : analysis["filter"]![filterName]!.AsObject();
                stream = (string)filter["type"]! switch
                {
                    "lowercase" => new LowerCaseFilter(VietnameseAnalyzer.Version, stream),
                    "asciifolding" => new ASCIIFoldingFilter(stream, (bool?)filter["preserve_original"] ?? false),
                    var unknown => throw new InvalidOperationException($"filter type {unknown} has no Lucene counterpart in this test"),
                };
            }
            return new TokenStreamComponents(source, stream);
        }
    }
}
