using LongAnMarket.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LongAnMarket.Infrastructure.Search.Lucene;

/// <summary>
/// Keeps the best N matches in the requested order, reading sort values from
/// <see cref="SegmentValues"/>: relevance ranks goods in stock first, then by score; every order ends on the product ID,
/// so equal documents always come out the same way whatever order the scorer delivers them in.
/// </summary>
internal sealed class RankedHits : ICollector
{
    private readonly bool _byScore;
    private readonly SearchSort _order;
    private readonly int _wanted;
    private readonly PriorityQueue<Hit, Hit> _kept; // the worst kept match first, to be replaced by a better one
    private Scorer? _scorer;
    private SegmentValues? _values;
    private int _docBase;

    public RankedHits(SearchSort sort, bool hasText, int wanted)
    {
        _byScore = sort == SearchSort.Relevance && hasText;
        _order = sort == SearchSort.Relevance && !hasText ? SearchSort.Newest : sort;
        _wanted = wanted;
        _kept = new PriorityQueue<Hit, Hit>(wanted + 1, Comparer<Hit>.Create((a, b) => Rank(b, a)));
    }

    public readonly record struct Hit(int Doc, int ProductId, bool InStock, float Score, long Key, string? Name);

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _values = SegmentValues.Of(context.AtomicReader);
        _docBase = context.DocBase;
    }

    public void Collect(int doc)
    {
        TotalHits++;
        var values = _values!;
        var hit = new Hit(_docBase + doc, values.ProductId[doc], values.InStock[doc], _byScore ? _scorer!.GetScore() : 0f,
            _order switch { SearchSort.Newest => values.Created[doc], SearchSort.Name => 0, _ => values.Price[doc] },
            _order == SearchSort.Name ? values.NameSort[doc] : null);
        if (_kept.Count < _wanted) _kept.Enqueue(hit, hit);
        else if (_wanted > 0 && Rank(hit, _kept.Peek()) < 0) _kept.DequeueEnqueue(hit, hit);
    }

    /// <summary>The kept matches, best first.</summary>
    public IReadOnlyList<Hit> Best()
    {
        var best = new Hit[_kept.Count];
        for (var i = best.Length - 1; i >= 0; i--) best[i] = _kept.Dequeue();
        return best;
    }

    /// <summary>Negative when <paramref name="a"/> ranks before <paramref name="b"/>.</summary>
    private int Rank(Hit a, Hit b)
    {
        var order = _order switch
        {
            _ when _byScore => a.InStock != b.InStock ? (a.InStock ? -1 : 1) : b.Score.CompareTo(a.Score),
            SearchSort.PriceAscending => a.Key.CompareTo(b.Key),
            SearchSort.Name => string.CompareOrdinal(a.Name, b.Name),
            _ => b.Key.CompareTo(a.Key), // newest, price descending
        };
        if (order != 0) return order;
        return _order is SearchSort.PriceAscending or SearchSort.Name ? a.ProductId.CompareTo(b.ProductId) : b.ProductId.CompareTo(a.ProductId);
    }
}
