using LongAnMarket.Core.Search;
using Lucene.Net.Index;

namespace LongAnMarket.Infrastructure.Search.Lucene;

/// <summary>
/// The words of the text fields of an index reader, with their document frequencies weighted as the fields are (a word
/// of five names outweighs one of ten descriptions), read once per reader (a new reader comes with each change) and at
/// most once a second while changes stream in.
/// </summary>
internal sealed class LuceneVocabulary
{
    private static readonly TimeSpan MinimumAge = TimeSpan.FromSeconds(1);
    private readonly System.Threading.Lock _gate = new();
    private object? _reader;
    private SearchVocabulary _current = SearchVocabulary.Empty;
    private long _builtAt;

    public SearchVocabulary Of(IndexReader reader)
    {
        lock (_gate)
        {
            if (ReferenceEquals(reader, _reader)) return _current;
            if (_current.Count > 0 && TimeProvider.System.GetElapsedTime(_builtAt) < MinimumAge) return _current;
            _current = Read(reader);
            _reader = reader;
            _builtAt = TimeProvider.System.GetTimestamp();
            return _current;
        }
    }

    private static SearchVocabulary Read(IndexReader reader)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (field, weight) in SearchFields.Weighted)
        {
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null) continue;
            var each = terms.GetEnumerator();
            while (each.MoveNext())
            {
                var word = each.Term.Utf8ToString();
                words[word] = words.GetValueOrDefault(word) + (int)(weight * each.DocFreq); // a word of names counts more than one of descriptions
            }
        }
        return new SearchVocabulary(words.Select(w => (w.Key, w.Value)));
    }
}
