using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using SearchRequest = LongAnMarket.Core.Search.SearchRequest;
using Elastic.Transport;
using LongAnMarket.Core.Search;
using Microsoft.Extensions.Logging;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace LongAnMarket.Infrastructure.Search.Elasticsearch;

/// <summary>
/// The production engine: an Elasticsearch cluster reached through an alias, so a rebuild fills a new index and swaps
/// the alias in one atomic action. Requests are written as JSON (the same clauses as the Lucene engine builds) and
/// sent through the official client's transport; every failure becomes an <see cref="SearchEngineException"/>. Every
/// write carries the newest outbox row at the time its copy was read as an external version (<c>external_gte</c>), so
/// an older copy arriving late (a slow instance, a retried batch) is refused by the cluster instead of undoing a newer one.
/// </summary>
public sealed class ElasticsearchSearchEngine(ElasticsearchClient client, ElasticsearchOptions options,
    ILogger<ElasticsearchSearchEngine> logger) : ISearchEngine
{
    /// <summary>How long the index's words are kept before they are read again (other instances write too).</summary>
    public static readonly TimeSpan VocabularyLifetime = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private (SearchVocabulary Words, long ReadAt)? _vocabulary;

    public string Name => "Elasticsearch";

    public string Reader => "elasticsearch:" + Alias;

    public bool IsShared => true;

    public long? KeptPosition => null;

    private string Alias => options.Alias;

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        var plan = request.PlanOrLiteral;
        var response = await SendAsync(HttpMethod.POST, $"/{Alias}/_search", ElasticQueries.SearchBody(request, plan).ToJsonString(), ct);
        using var json = JsonDocument.Parse(response);
        return ElasticResults.Read(json.RootElement, plan);
    }

    public async Task<SearchVocabulary> VocabularyAsync(CancellationToken ct)
    {
        lock (_gate)
            if (_vocabulary is { } kept && TimeProvider.System.GetElapsedTime(kept.ReadAt) < VocabularyLifetime) return kept.Words;
        var response = await SendAsync(HttpMethod.POST, $"/{Alias}/_search", ElasticIndexDefinition.VocabularyRequest().ToJsonString(), ct);
        using var json = JsonDocument.Parse(response);
        var words = new SearchVocabulary(json.RootElement.GetProperty("aggregations").GetProperty("words").GetProperty("buckets").EnumerateArray()
            .Select(b => (b.GetProperty("key").GetString() ?? "", b.GetProperty("doc_count").GetInt32())).ToList());
        lock (_gate) _vocabulary = (words, TimeProvider.System.GetTimestamp());
        return words;
    }

    public async Task<bool> ApplyAsync(SearchChanges changes, CancellationToken ct)
    {
        if (changes.IsEmpty) return true;
        var version = changes.Version.ToString(CultureInfo.InvariantCulture);
        await BulkAsync(Alias, changes.Listed.Select(d => IndexAction(d, changes.Version))
            .Concat(changes.Unlisted.Select(id =>
                $"{{\"delete\":{{\"_id\":\"{id.ToString(CultureInfo.InvariantCulture)}\",\"version\":{version},\"version_type\":\"external_gte\"}}}}")),
            requireAlias: true, ct);
        ForgetVocabulary();
        return true;
    }

    /// <summary>After this instance's own change the words are read again, as the pages cached before it are retired.</summary>
    private void ForgetVocabulary()
    {
        lock (_gate) _vocabulary = null;
    }

    public async Task RebuildAsync(IAsyncEnumerable<IReadOnlyList<SearchDocument>> batches, long watermark, IProgress<int>? progress, CancellationToken ct)
    {
        var index = $"{Alias}-{DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)}";
        var definition = ElasticIndexDefinition.Body();
        definition["settings"]!["refresh_interval"] = "-1"; // no refreshes while loading; one at the end
        await SendAsync(HttpMethod.PUT, $"/{index}", definition.ToJsonString(), ct);
        var done = 0;
        await foreach (var batch in batches.WithCancellation(ct))
        {
            await BulkAsync(index, batch.Select(d => IndexAction(d, watermark)), requireAlias: false, ct);
            done += batch.Count;
            progress?.Report(done);
        }
        await SendAsync(HttpMethod.PUT, $"/{index}/_settings", """{"index":{"refresh_interval":"1s"}}""", ct);
        await SendAsync(HttpMethod.POST, $"/{index}/_refresh", null, ct);

        var previous = await IndicesBehindAliasAsync(ct);
        var actions = new JsonArray(previous.Select(old => (JsonNode?)new JsonObject { ["remove"] = new JsonObject { ["index"] = old, ["alias"] = Alias } }).ToArray());
        actions.Add(new JsonObject { ["add"] = new JsonObject { ["index"] = index, ["alias"] = Alias, ["is_write_index"] = true } });
        await SendAsync(HttpMethod.POST, "/_aliases", new JsonObject { ["actions"] = actions }.ToJsonString(), ct);
        foreach (var old in previous)
        {
            try { await SendAsync(HttpMethod.DELETE, $"/{old}", null, ct); }
            catch (SearchEngineException ex) { logger.LogWarning(ex, "Old search index {Index} not deleted", old); }
        }
        ForgetVocabulary();
    }

    /// <summary>No index behind the alias yet, or one made with an older mapping (<see cref="ElasticIndexDefinition.Schema"/>).</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken ct)
    {
        var indices = await IndicesBehindAliasAsync(ct);
        if (indices.Count == 0) return true;
        using var mapping = JsonDocument.Parse(await SendAsync(HttpMethod.GET, $"/{Alias}/_mapping", null, ct));
        var outdated = mapping.RootElement.EnumerateObject().Any(index =>
            !(index.Value.GetProperty("mappings").TryGetProperty("_meta", out var meta) && meta.TryGetProperty("schema", out var schema)
              && schema.GetInt32() >= ElasticIndexDefinition.Schema));
        if (outdated) logger.LogWarning("The search index behind {Alias} has an older mapping; it is rebuilt", Alias);
        return outdated;
    }

    public async Task<string?> ProblemAsync(CancellationToken ct)
    {
        try
        {
            using var health = JsonDocument.Parse(await SendAsync(HttpMethod.GET, "/_cluster/health?timeout=2s", null, ct));
            var status = health.RootElement.GetProperty("status").GetString();
            return status is "green" or "yellow" ? null : $"cluster status {status}";
        }
        catch (SearchEngineException ex)
        {
            return ex.Message;
        }
    }

    private async Task<IReadOnlyList<string>> IndicesBehindAliasAsync(CancellationToken ct)
    {
        var (status, body) = await RawAsync(HttpMethod.GET, $"/_alias/{Alias}", null, ct);
        if (status == 404) return [];
        if (status is < 200 or >= 300) throw Failure(HttpMethod.GET, $"/_alias/{Alias}", status, body);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
    }

    private static string IndexAction(SearchDocument document, long version)
    {
        var id = document.ProductId.ToString(CultureInfo.InvariantCulture);
        var source = new JsonObject
        {
            [SearchFields.Id] = document.ProductId,
            [SearchFields.Name] = Nfc(document.Name),
            [SearchFields.Producer] = Nfc(document.ProducerName),
            [SearchFields.Area] = Nfc(document.AreaName),
            [SearchFields.Category] = Nfc(document.CategoryName),
            [SearchFields.Description] = Nfc(document.Description.Length <= SearchDocument.MaxDescriptionLength
                ? document.Description : document.Description[..SearchDocument.MaxDescriptionLength]),
            [SearchFields.CategorySlug] = document.CategorySlug,
            [SearchFields.AreaSlug] = document.AreaSlug,
            [SearchFields.Certification] = new JsonArray(document.Certifications.Distinct().Select(c => (JsonNode?)c).ToArray()),
            [SearchFields.Ocop] = document.OcopStars ?? 0,
            [SearchFields.Price] = document.MinPriceDong,
            [SearchFields.InStock] = document.InStock ? 1 : 0,
            [SearchFields.Created] = document.CreatedAt.UtcTicks,
            [SearchFields.Rating] = document.RatingKey,
            [SearchFields.NameSort] = SearchText.Fold(document.Name),
            [SearchFields.Vocabulary] = new JsonArray(ElasticIndexDefinition.VocabularyOf(document).Select(w => (JsonNode?)w).ToArray()),
        };
        return $"{{\"index\":{{\"_id\":\"{id}\",\"version\":{version.ToString(CultureInfo.InvariantCulture)},\"version_type\":\"external_gte\"}}}}\n"
               + source.ToJsonString();
    }

    private static string Nfc(string text) => text.Normalize(NormalizationForm.FormC);

    private async Task BulkAsync(string index, IEnumerable<string> lines, bool requireAlias, CancellationToken ct)
    {
        var body = string.Join('\n', lines) + "\n";
        var response = await SendAsync(HttpMethod.POST, $"/{index}/_bulk" + (requireAlias ? "?require_alias=true" : ""), body, ct);
        using var json = JsonDocument.Parse(response);
        if (!json.RootElement.GetProperty("errors").GetBoolean()) return;
        var failed = json.RootElement.GetProperty("items").EnumerateArray()
            .Select(item => item.EnumerateObject().First().Value)
            // Deleting a missing document is fine; so is a conflict: the cluster already holds a copy at least as new.
            .Where(result => result.TryGetProperty("error", out _) && result.GetProperty("status").GetInt32() is not (404 or 409))
            .ToList();
        if (failed.Count > 0)
            throw new SearchEngineException($"Elasticsearch refused {failed.Count} of the bulk actions; first: {failed[0].GetProperty("error")}");
    }

    private async Task<string> SendAsync(HttpMethod method, string path, string? body, CancellationToken ct)
    {
        var (status, text) = await RawAsync(method, path, body, ct);
        if (status is < 200 or >= 300) throw Failure(method, path, status, text);
        return text;
    }

    private async Task<(int Status, string Body)> RawAsync(HttpMethod method, string path, string? body, CancellationToken ct)
    {
        var response = body is null
            ? await client.Transport.RequestAsync<StringResponse>(method, path, ct)
            : await client.Transport.RequestAsync<StringResponse>(method, path, PostData.String(body), ct);
        if (response.ApiCallDetails.HttpStatusCode is not { } status)
            throw new SearchEngineException($"Elasticsearch unreachable ({method} {path}): {response.ApiCallDetails.OriginalException?.Message}",
                response.ApiCallDetails.OriginalException);
        return (status, response.Body ?? "");
    }

    private static SearchEngineException Failure(HttpMethod method, string path, int status, string body) =>
        new($"Elasticsearch answered {status} to {method} {path}: {(body.Length > 500 ? body[..500] : body)}");
}
