using System.Text.Json.Nodes;
using LongAnMarket.Core.Search;

namespace LongAnMarket.Infrastructure.Search.Elasticsearch;

/// <summary>
/// The product index's settings and mappings: the same analysis as the embedded Lucene analyzer, built from the same
/// components (pattern_replace char filter, pattern tokenizer, lowercase, asciifolding keeping the original), so one
/// table of inputs and tokens holds for both. Queries send already-planned terms, so no search analyzer is needed and
/// synonyms change with configuration, without a reindex.
/// </summary>
public static class ElasticIndexDefinition
{
    public const string Analyzer = "longan_vi";

    /// <summary>
    /// The mapping's version, kept in the index's _meta: an index made with an older one is rebuilt at start (version
    /// 2 added <see cref="SearchFields.Vocabulary"/>, which the query rewriter reads).
    /// </summary>
    public const int Schema = 3;

    /// <summary>How many of the vocabulary's words are read (below search.max_buckets, 65,536 by default).</summary>
    public const int VocabularySize = 60_000;

    public static JsonObject Analysis() => new()
    {
        ["char_filter"] = new JsonObject
        {
            ["digit_then_letter"] = new JsonObject { ["type"] = "pattern_replace", ["pattern"] = SearchText.DigitThenLetter, ["replacement"] = SearchText.JointReplacement },
            ["letter_then_digit"] = new JsonObject { ["type"] = "pattern_replace", ["pattern"] = SearchText.LetterThenDigit, ["replacement"] = SearchText.JointReplacement },
        },
        ["tokenizer"] = new JsonObject
        {
            ["longan_words"] = new JsonObject { ["type"] = "pattern", ["pattern"] = SearchText.Separator },
        },
        ["filter"] = new JsonObject
        {
            ["longan_folding"] = new JsonObject { ["type"] = "asciifolding", ["preserve_original"] = true },
        },
        ["analyzer"] = new JsonObject
        {
            [Analyzer] = new JsonObject
            {
                ["type"] = "custom",
                ["char_filter"] = new JsonArray("digit_then_letter", "letter_then_digit"),
                ["tokenizer"] = "longan_words",
                ["filter"] = new JsonArray("lowercase", "longan_folding"),
            },
        },
    };

    public static JsonObject Body() => new()
    {
        ["settings"] = new JsonObject
        {
            ["number_of_shards"] = 1,
            ["analysis"] = Analysis(),
            ["similarity"] = new JsonObject { ["default"] = new JsonObject { ["type"] = "BM25" } },
        },
        ["mappings"] = new JsonObject
        {
            ["_meta"] = new JsonObject { ["schema"] = Schema },
            ["dynamic"] = "strict",
            ["properties"] = new JsonObject
            {
                [SearchFields.Id] = new JsonObject { ["type"] = "integer" },
                [SearchFields.Name] = Text(),
                [SearchFields.Producer] = Text(),
                [SearchFields.Area] = Text(),
                [SearchFields.Category] = Text(),
                [SearchFields.Description] = Text(),
                [SearchFields.CategorySlug] = Keyword(),
                [SearchFields.AreaSlug] = Keyword(),
                [SearchFields.Certification] = Keyword(),
                [SearchFields.Ocop] = new JsonObject { ["type"] = "byte" },
                [SearchFields.Price] = new JsonObject { ["type"] = "long" },
                [SearchFields.Rating] = new JsonObject { ["type"] = "long" },
                [SearchFields.InStock] = new JsonObject { ["type"] = "byte" },
                [SearchFields.Created] = new JsonObject { ["type"] = "long" },
                [SearchFields.NameSort] = Keyword(),
                [SearchFields.Vocabulary] = Keyword(),
            },
        },
    };

    /// <summary>The words of a product's text as the analyzer cuts them (as written and folded, no numbers), for the vocabulary.</summary>
    public static IEnumerable<string> VocabularyOf(SearchDocument document) =>
        new[] { document.Name, document.ProducerName, document.AreaName, document.CategoryName, document.Description }
            .SelectMany(text => SearchText.Tokenize(text.Normalize(System.Text.NormalizationForm.FormC)))
            .SelectMany(t => new[] { t.Exact, t.Folded }).Where(w => !w.Any(char.IsDigit)).Distinct(StringComparer.Ordinal);

    /// <summary>The vocabulary's words with how many products hold each: a terms aggregation, no hits.</summary>
    public static JsonObject VocabularyRequest() => new()
    {
        ["size"] = 0,
        ["aggs"] = new JsonObject
        {
            ["words"] = new JsonObject { ["terms"] = new JsonObject { ["field"] = SearchFields.Vocabulary, ["size"] = VocabularySize } },
        },
    };

    private static JsonObject Text() => new() { ["type"] = "text", ["analyzer"] = Analyzer };

    private static JsonObject Keyword() => new() { ["type"] = "keyword" };
}
