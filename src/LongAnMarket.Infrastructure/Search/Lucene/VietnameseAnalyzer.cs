using System.Text.RegularExpressions;
using LongAnMarket.Core.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Util;

namespace LongAnMarket.Infrastructure.Search.Lucene;

/// <summary>
/// The rules of <see cref="SearchText"/> as a Lucene analyzer, component for component what the Elasticsearch index
/// defines: a space goes where a digit meets a letter, non-word characters separate words, words are lower-cased and
/// indexed both as written and without diacritics. Text reaches it already in NFC.
/// </summary>
public sealed class VietnameseAnalyzer : Analyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly Regex DigitLetter = new(SearchText.DigitThenLetter, RegexOptions.Compiled);
    private static readonly Regex LetterDigit = new(SearchText.LetterThenDigit, RegexOptions.Compiled);
    private static readonly Regex Separator = new(SearchText.Separator, RegexOptions.Compiled);

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new PatternReplaceCharFilter(LetterDigit, SearchText.JointReplacement,
            new PatternReplaceCharFilter(DigitLetter, SearchText.JointReplacement, reader));

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new PatternTokenizer(reader, Separator, -1);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream, preserveOriginal: true);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
