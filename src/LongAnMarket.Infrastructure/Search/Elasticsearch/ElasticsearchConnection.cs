using Elastic.Clients.Elasticsearch;
using Elastic.Transport;

namespace LongAnMarket.Infrastructure.Search.Elasticsearch;

public static class ElasticsearchConnection
{
    /// <summary>A client for <c>Search:Elasticsearch:Url</c>, with the API key when one is configured; short timeouts, so a dead node costs a page little.</summary>
    public static ElasticsearchClient Create(ElasticsearchOptions options, IRequestInvoker? invoker = null)
    {
        var pool = new SingleNodePool(new Uri(options.Url ?? throw new InvalidOperationException("Search:Elasticsearch:Url is not set.")));
        var settings = (invoker is null ? new ElasticsearchClientSettings(pool) : new ElasticsearchClientSettings(pool, invoker))
            .RequestTimeout(TimeSpan.FromSeconds(5))
            .MaximumRetries(1);
        if (!string.IsNullOrWhiteSpace(options.ApiKey)) settings = settings.Authentication(new ApiKey(options.ApiKey));
        return new ElasticsearchClient(settings);
    }
}
