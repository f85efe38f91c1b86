using LongAnMarket.Core.Search;
using LongAnMarket.Core.Search.Relevance;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Search;
using LongAnMarket.Web.Search.Relevance;

namespace LongAnMarket.Web.Commands;

/// <summary>
/// `search-relevance --set FILE [--details]`: rebuilds the configured engine's index from the database (the demo
/// catalogue), runs the judged set through it and prints the scores by family; exit code 3 when a target is missed.
/// </summary>
public static class SearchRelevanceCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var path = CommandLine.ValueOf(args, "--set") ?? Path.Combine("tests", "relevance", "judged-queries.txt");
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"search-relevance: no judged set at {path} (give one with --set FILE)");
            return 2;
        }
        var queries = JudgedSet.Parse(await File.ReadAllTextAsync(path));
        await services.GetRequiredService<SearchReindexer>().RebuildAsync(null, CancellationToken.None);
        if (CommandLine.ValueOf(args, "--explain") is { } explain) return await ExplainAsync(services, explain);
        var search = services.GetRequiredService<ProductSearch>();
        var report = await new RelevanceRun(search, services.GetRequiredService<MarketDbContext>()).ScoreAsync(queries, CancellationToken.None);
        Console.WriteLine($"{search.EngineName}, {queries.Count} judged queries:");
        Console.WriteLine();
        Console.Write(report.Table());
        if (args.Contains("--details"))
        {
            Console.WriteLine();
            Console.WriteLine(report.Details());
        }
        var misses = report.Misses();
        Console.WriteLine();
        Console.WriteLine(misses.Count == 0 ? "Every target met." : $"{misses.Count} target(s) missed:\n  " + string.Join("\n  ", misses));
        return misses.Count == 0 ? 0 : 3;
    }

    /// <summary>`--explain TEXT`: how one query is rewritten (each clause's forms) and what it finds.</summary>
    private static async Task<int> ExplainAsync(IServiceProvider services, string text)
    {
        var engine = services.GetRequiredService<ISearchEngine>();
        var normalized = SearchText.NormalizeQuery(text);
        var rewriter = services.GetRequiredService<QueryRewriter>();
        var vocabulary = await engine.VocabularyAsync(CancellationToken.None);
        var plan = rewriter.Plan(normalized, vocabulary);
        Print(plan);
        Console.WriteLine("widened for a correction:");
        var widened = rewriter.Widened(plan, vocabulary);
        Print(widened);
        var best = await engine.SearchAsync(new SearchRequest(normalized, SearchFilters.None, SearchSort.Relevance, 1, 3) { Plan = widened, WithFacets = false }, CancellationToken.None);
        Console.WriteLine($"  {best.Total} found: {string.Join(" · ", best.Hits.Select(h => h.Name))}");
        var result = await services.GetRequiredService<ProductSearch>().SearchAsync(
            new SearchRequest(normalized, SearchFilters.None, SearchSort.Relevance, 1, RelevanceScore.Depth) { WithFacets = false }, CancellationToken.None);
        Console.WriteLine($"{result.Total} found; did you mean: {result.Interpretation.DidYouMean}; showing for: {result.Interpretation.ShowingFor}; left out: {string.Join(", ", result.Interpretation.Dropped)}");
        foreach (var hit in result.Hits) Console.WriteLine($"  {hit.ProductId} {hit.NameHtml}");
        return 0;
    }

    private static void Print(QueryPlan plan)
    {
        foreach (var clause in plan.Clauses)
            Console.WriteLine("  " + string.Join(" + ", clause.Words.Select(w => $"{w.Typed}{(w.IsPrefix ? "*" : "")} [{string.Join(", ", w.Forms.Select(f => $"{f.Word}:{f.Kind}"))}]"))
                + (clause.Synonyms.Count > 0 ? " | or " + string.Join(" | ", clause.Synonyms.Select(s => string.Join(' ', s))) : ""));
        Console.WriteLine($"  phrase: {string.Join(" ", plan.Phrase.Select(p => "(" + string.Join("|", p) + ")"))}; rewritten: {plan.Rewritten}");
    }
}
