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
    private readonly Hit[] _kept; // a binary heap with the worst kept match on top, to be replaced by a better one
    private int _count;
    private Scorer? _scorer;
    private SegmentValues? _values;
    private int _docBase;

    public RankedHits(SearchSort sort, bool hasText, int wanted)
    {
        _byScore = sort == SearchSort.Relevance && hasText;
        _order = OrderOf(sort, hasText);
        _kept = new Hit[wanted];
    }

    /// <summary>The order documents are ranked in: without words to score, best match means newest.</summary>
    public static SearchSort OrderOf(SearchSort sort, bool hasText) => sort == SearchSort.Relevance && !hasText ? SearchSort.Newest : sort;

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
        var hit = HitOf(values, doc, _docBase, _order, _byScore ? _scorer!.GetScore() : 0f);
        if (_count < _kept.Length)
        {
            _kept[_count] = hit;
            SiftUp(_count++);
        }
        else if (Rank(hit, _kept[0]) < 0)
        {
            _kept[0] = hit;
            SiftDown(0);
        }
    }

    /// <summary>The kept matches, best first.</summary>
    public IReadOnlyList<Hit> Best()
    {
        var best = _kept[.._count];
        Array.Sort(best, (a, b) => Rank(a, b));
        return best;
    }

    // In index order a newest-first listing finds each document better than the worst kept one, so every document costs
    // a sift: plain arrays and a direct comparison keep that at a few nanoseconds a level.
    private void SiftUp(int at)
    {
        while (at > 0)
        {
            var parent = (at - 1) / 2;
            if (Rank(_kept[parent], _kept[at]) >= 0) return;
            (_kept[parent], _kept[at]) = (_kept[at], _kept[parent]);
            at = parent;
        }
    }

    private void SiftDown(int at)
    {
        while (true)
        {
            var worst = at;
            var left = 2 * at + 1;
            if (left < _count && Rank(_kept[left], _kept[worst]) > 0) worst = left;
            if (left + 1 < _count && Rank(_kept[left + 1], _kept[worst]) > 0) worst = left + 1;
            if (worst == at) return;
            (_kept[worst], _kept[at]) = (_kept[at], _kept[worst]);
            at = worst;
        }
    }

    public static Hit HitOf(SegmentValues values, int doc, int docBase, SearchSort order, float score) =>
        new(docBase + doc, values.ProductId[doc], values.InStock[doc], score,
            order switch { SearchSort.Newest => values.Created[doc], SearchSort.Rating => values.Rating[doc], SearchSort.Name => 0, _ => values.Price[doc] },
            order == SearchSort.Name ? values.NameSort[doc] : null);

    private int Rank(in Hit a, in Hit b) => Rank(_order, _byScore, a, b);

    /// <summary>Negative when <paramref name="a"/> ranks before <paramref name="b"/>.</summary>
    public static int Rank(SearchSort sort, bool byScore, in Hit a, in Hit b)
    {
        var order = sort switch
        {
            _ when byScore => a.InStock != b.InStock ? (a.InStock ? -1 : 1) : b.Score.CompareTo(a.Score),
            SearchSort.PriceAscending => a.Key.CompareTo(b.Key),
            SearchSort.Name => string.CompareOrdinal(a.Name, b.Name),
            _ => b.Key.CompareTo(a.Key), // newest, price descending, rating
        };
        if (order != 0) return order;
        return sort is SearchSort.PriceAscending or SearchSort.Name ? a.ProductId.CompareTo(b.ProductId) : b.ProductId.CompareTo(a.ProductId);
    }
}
