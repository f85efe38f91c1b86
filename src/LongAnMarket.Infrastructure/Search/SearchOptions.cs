using System.ComponentModel.DataAnnotations;

namespace LongAnMarket.Infrastructure.Search;

public enum SearchProvider
{
    Lucene,
    Elasticsearch,
}

public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>Lucene: an index on disk under each instance's data folder, each kept current from the search outbox;
    /// Elasticsearch: one cluster every instance shares.</summary>
    public SearchProvider Provider { get; set; } = SearchProvider.Lucene;

    /// <summary>Groups of words and phrases shoppers use for the same thing, each "a, b, c"; phrases may have any number of words.</summary>
    public List<string> Synonyms { get; set; } = [];

    public ElasticsearchOptions Elasticsearch { get; set; } = new();

    /// <summary>Where the Lucene index lives, relative to the data folder.</summary>
    public string LuceneFolder { get; set; } = Path.Combine("search", "lucene");

    /// <summary>How often the indexer looks for changes written by other instances (its own wake it at once).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>/health turns Degraded once a change has waited longer than this to reach this instance's index.</summary>
    [Range(1, 3600)]
    public int MaxLagSeconds { get; set; } = 10;

    /// <summary>An index (an instance's Lucene folder) silent this long no longer holds back the trimming of the outbox;
    /// if it comes back behind what was trimmed, it rebuilds.</summary>
    [Range(1, 24 * 365)]
    public int InstanceExpiryHours { get; set; } = 24;
}

public sealed class ElasticsearchOptions
{
    public string? Url { get; set; }
    public string? ApiKey { get; set; }

    /// <summary>The alias searches go through; each rebuild makes a new index behind it.</summary>
    public string Alias { get; set; } = "longan-products";
}
