using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using LongAnMarket.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace LongAnMarket.Infrastructure.Search.Lucene;

/// <summary>
/// One index segment's facet and sort values as plain arrays, read once per segment from its doc values. Facet counts
/// and orders read these for every matching document; through Lucene.NET's doc values API each read decodes packed
/// bytes from the memory-mapped file, which took about a third of a broad query's time on 100,000 products.
/// Segments never change once written, so the arrays live exactly as long as their segment (keyed by its core).
/// </summary>
internal sealed class SegmentValues
{
    private static readonly ConditionalWeakTable<object, SegmentValues> BySegment = new();

    public required int[] ProductId { get; init; }
    public required long[] Price { get; init; }
    public required long[] Created { get; init; }
    /// <summary>The rating order's key; 0 in segments written before ratings were indexed.</summary>
    public required long[] Rating { get; init; }
    public required byte[] Ocop { get; init; }
    public required bool[] InStock { get; init; }
    /// <summary>Per document an index into <see cref="CategoryNames"/>, or -1.</summary>
    public required int[] Category { get; init; }
    public required string[] CategoryNames { get; init; }
    public required int[] Area { get; init; }
    public required string[] AreaNames { get; init; }
    /// <summary>Document d's certifications are <see cref="CertificationOrds"/>[<see cref="CertificationStart"/>[d] .. [d + 1]].</summary>
    public required int[] CertificationStart { get; init; }
    public required int[] CertificationOrds { get; init; }
    public required string[] CertificationNames { get; init; }
    /// <summary>The folded name, for the A–Z order.</summary>
    public required string[] NameSort { get; init; }

    private readonly ConcurrentDictionary<SearchSort, int[]> _orders = new();

    /// <summary>Every document of the segment in <paramref name="order"/> (no score): a listing walks it and stops early.</summary>
    public int[] InOrder(SearchSort order) => _orders.GetOrAdd(order, _ =>
    {
        var hits = new RankedHits.Hit[ProductId.Length];
        for (var doc = 0; doc < hits.Length; doc++) hits[doc] = RankedHits.HitOf(this, doc, 0, order, 0f);
        Array.Sort(hits, (a, b) => RankedHits.Rank(order, false, a, b));
        return Array.ConvertAll(hits, h => h.Doc);
    });

    public static SegmentValues Of(AtomicReader reader) => BySegment.GetValue(reader.CoreCacheKey, _ => Read(reader));

    public ReadOnlySpan<int> Certifications(int doc) => CertificationOrds.AsSpan(CertificationStart[doc], CertificationStart[doc + 1] - CertificationStart[doc]);

    private static SegmentValues Read(AtomicReader reader)
    {
        var count = reader.MaxDoc;
        var (category, categoryNames) = Ordinals(reader.GetSortedDocValues(SearchFields.CategorySlug), count);
        var (area, areaNames) = Ordinals(reader.GetSortedDocValues(SearchFields.AreaSlug), count);
        var (nameOrds, names) = Ordinals(reader.GetSortedDocValues(SearchFields.NameSort), count);
        var certifications = reader.GetSortedSetDocValues(SearchFields.Certification);
        var start = new int[count + 1];
        var ords = new List<int>();
        for (var doc = 0; doc < count; doc++)
        {
            start[doc] = ords.Count;
            if (certifications is null) continue;
            certifications.SetDocument(doc);
            long ord;
            while ((ord = certifications.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) ords.Add((int)ord);
        }
        start[count] = ords.Count;
        var ocop = Numbers(reader, SearchFields.Ocop, count);
        var stock = Numbers(reader, SearchFields.InStock, count);
        return new SegmentValues
        {
            ProductId = Array.ConvertAll(Numbers(reader, SearchFields.Id, count), v => (int)v),
            Price = Numbers(reader, SearchFields.Price, count),
            Created = Numbers(reader, SearchFields.Created, count),
            Rating = Numbers(reader, SearchFields.Rating, count),
            Ocop = Array.ConvertAll(ocop, v => (byte)Math.Clamp(v, 0, 5)),
            InStock = Array.ConvertAll(stock, v => v == 1),
            Category = category, CategoryNames = categoryNames,
            Area = area, AreaNames = areaNames,
            CertificationStart = start, CertificationOrds = [.. ords],
            CertificationNames = certifications is null ? [] : Terms(certifications.ValueCount, (ord, term) => certifications.LookupOrd(ord, term)),
            NameSort = Array.ConvertAll(nameOrds, ord => ord < 0 ? "" : names[ord]),
        };
    }

    private static long[] Numbers(AtomicReader reader, string field, int count)
    {
        var values = new long[count];
        if (reader.GetNumericDocValues(field) is { } source)
            for (var doc = 0; doc < count; doc++) values[doc] = source.Get(doc);
        return values;
    }

    private static (int[] Ords, string[] Names) Ordinals(SortedDocValues? source, int count)
    {
        var ords = new int[count];
        if (source is null)
        {
            Array.Fill(ords, -1);
            return (ords, []);
        }
        for (var doc = 0; doc < count; doc++) ords[doc] = source.GetOrd(doc);
        return (ords, Terms(source.ValueCount, (ord, term) => source.LookupOrd((int)ord, term)));
    }

    private static string[] Terms(long count, Action<long, BytesRef> lookup)
    {
        var names = new string[count];
        var term = new BytesRef();
        for (long ord = 0; ord < count; ord++)
        {
            lookup(ord, term);
            names[ord] = term.Utf8ToString();
        }
        return names;
    }
}
