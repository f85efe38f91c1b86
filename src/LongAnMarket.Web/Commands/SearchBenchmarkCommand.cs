using System.Diagnostics;
using System.Globalization;
using LongAnMarket.Core.Search;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Commands;

/// <summary>
/// `bench-search --queries N`: times N fixed queries against the configured engine in-process (no HTTP), text alone and
/// text with two facets, as /search asks them (facet counts included), and prints percentiles. Run it with the app
/// stopped when the engine is Lucene (one process writes an index at a time).
/// </summary>
public static class SearchBenchmarkCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var count = int.TryParse(CommandLine.ValueOf(args, "--queries"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 100_000 ? n : 1000;
        var engine = services.GetRequiredService<ProductSearch>();
        var db = services.GetRequiredService<MarketDbContext>();
        var categories = await db.Categories.OrderBy(c => c.SortOrder).Select(c => c.Slug).ToListAsync();
        var texts = Queries(count);
        var faceted = texts.Select((text, i) => (text, new SearchFilters { Categories = [categories[i % categories.Count]], OcopStars = [3 + i % 3] })).ToList();

        foreach (var text in texts.Take(100)) await engine.SearchAsync(Request(text, SearchFilters.None), CancellationToken.None); // warm-up
        var plain = await TimeAsync(engine, texts.Select(t => (t, SearchFilters.None)).ToList());
        var withFacets = await TimeAsync(engine, faceted);
        Console.WriteLine($"{engine.EngineName}, {count:N0} queries each, facet counts included:");
        Console.WriteLine("| queries | p50 ms | p95 ms | p99 ms | mean hits |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine(plain.Row("text"));
        Console.WriteLine(withFacets.Row("text + 2 facets"));
        foreach (var (kind, name) in Kinds)
            Console.WriteLine(new Timings(plain.Each.Where((_, i) => Kind(i) == kind).Order().ToList(), 0).Row($"text: {name}").Replace(" | 0 |", " | |"));
        Console.WriteLine($"BENCH-SEARCH text_p50={plain.P(50):F2} text_p95={plain.P(95):F2} text_p99={plain.P(99):F2} " +
            $"faceted_p50={withFacets.P(50):F2} faceted_p95={withFacets.P(95):F2} faceted_p99={withFacets.P(99):F2}");
        return 0;
    }

    private static SearchRequest Request(string text, SearchFilters filters) =>
        new(SearchText.NormalizeQuery(text), filters, SearchSort.Relevance, 1, 24);

    private static async Task<Timings> TimeAsync(ProductSearch engine, IReadOnlyList<(string Text, SearchFilters Filters)> queries)
    {
        var milliseconds = new List<double>(queries.Count);
        var each = new List<double>(queries.Count);
        long hits = 0;
        foreach (var (text, filters) in queries)
        {
            var started = Stopwatch.GetTimestamp();
            var result = await engine.SearchAsync(Request(text, filters), CancellationToken.None);
            milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            each.Add(milliseconds[^1]);
            hits += result.Total;
        }
        milliseconds.Sort();
        return new Timings(milliseconds, hits / (double)queries.Count) { Each = each };
    }

    /// <summary>What shoppers type for the scale catalogue's goods: without diacritics, with a typo, half-typed, by number.</summary>
    private static List<string> Queries(int count)
    {
        var goods = ScaleCatalogSeeder.Goods;
        var qualities = ScaleCatalogSeeder.Qualities;
        var queries = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var good = goods[i % goods.Length];
            var folded = SearchText.Fold(good);
            queries.Add(Kind(i) switch
            {
                0 => folded,
                1 => $"{good} {qualities[i / goods.Length % qualities.Length]}",
                2 => Typo(folded, i),
                3 => folded[..Math.Max(2, folded.Length - 3)],
                _ => $"mau {i * 7 % 100_000:D6}",
            });
        }
        return queries;
    }

    private static readonly (int Kind, string Name)[] Kinds =
        [(0, "goods without diacritics"), (1, "goods and quality"), (2, "with a typo"), (3, "half-typed"), (4, "by sample number")];

    private static int Kind(int i) => (i % 10) switch { < 4 => 0, < 6 => 1, < 7 => 2, < 9 => 3, _ => 4 };

    private static string Typo(string word, int seed)
    {
        var at = 1 + seed % Math.Max(1, word.Length - 2);
        return word[..at] + word[at + 1] + word[at] + word[(at + 2)..];
    }

    private sealed record Timings(List<double> Milliseconds, double MeanHits)
    {
        public List<double> Each { get; init; } = [];

        public double P(int percentile) => Milliseconds[Math.Min(Milliseconds.Count - 1, (int)Math.Ceiling(percentile / 100.0 * Milliseconds.Count) - 1)];

        public string Row(string name) => $"| {name} | {P(50):F2} | {P(95):F2} | {P(99):F2} | {MeanHits:N0} |";
    }
}
