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
        var engine = services.GetRequiredService<ISearchEngine>();
        var report = await new RelevanceRun(engine, services.GetRequiredService<MarketDbContext>()).ScoreAsync(queries, CancellationToken.None);
        Console.WriteLine($"{engine.Name}, {queries.Count} judged queries:");
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
}
