using System.Text;
using System.Text.Json;
using Elastic.Transport;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace LongAnMarket.Tests.Infrastructure.Search.Elasticsearch;

/// <summary>
/// Elastic.Transport's in-memory request invoker, answering each request with the recorded response its route names
/// (files under Responses/, each citing the documentation page it follows) and keeping every request it was sent.
/// </summary>
public sealed class RecordedElasticsearch : IRequestInvoker
{
    private static readonly Dictionary<string, IEnumerable<string>> ProductHeader = new() { ["x-elastic-product"] = ["Elasticsearch"] };
    private readonly InMemoryRequestInvoker _inMemory = new(null, 200, null, "application/json", ProductHeader);
    private readonly List<(Func<HttpMethod, string, bool> Matches, int Status, string File)> _routes = [];

    public List<(HttpMethod Method, string Path, string? Body)> Requests { get; } = [];

    public ResponseFactory ResponseFactory => _inMemory.ResponseFactory;

    /// <summary>Null body: the connection fails (as with a stopped node).</summary>
    public RecordedElasticsearch On(HttpMethod method, string pathStart, string? file, int status = 200)
    {
        _routes.Add(((m, path) => m == method && path.StartsWith(pathStart, StringComparison.Ordinal), status, file ?? ""));
        return this;
    }

    public static string Response(string file)
    {
        using var recorded = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Infrastructure", "Search", "Elasticsearch", "Responses", file)));
        Assert.StartsWith("Shaped after", recorded.RootElement.GetProperty("_documentation").GetString());
        return recorded.RootElement.GetProperty("response").GetRawText();
    }

    public async Task<TResponse> RequestAsync<TResponse>(Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData, CancellationToken cancellationToken)
        where TResponse : TransportResponse, new()
    {
        string? body = null;
        if (postData is not null)
        {
            using var buffer = new MemoryStream();
            await postData.WriteAsync(buffer, boundConfiguration.ConnectionSettings, false, cancellationToken);
            body = Encoding.UTF8.GetString(buffer.ToArray());
        }
        var path = endpoint.PathAndQuery;
        Requests.Add((endpoint.Method, path, body));
        var route = _routes.FirstOrDefault(r => r.Matches(endpoint.Method, path));
        if (route.Matches is null) throw new InvalidOperationException($"no recorded response for {endpoint.Method} {path}");
        if (route.File.Length == 0)
            return await new InMemoryRequestInvoker(null, 502, new HttpRequestException("connection refused"))
                .BuildResponseAsync<TResponse>(endpoint, boundConfiguration, postData, cancellationToken);
        return await _inMemory.BuildResponseAsync<TResponse>(endpoint, boundConfiguration, postData, cancellationToken,
            Encoding.UTF8.GetBytes(Response(route.File)), route.Status, "application/json");
    }

    public TResponse Request<TResponse>(Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData)
        where TResponse : TransportResponse, new() =>
        RequestAsync<TResponse>(endpoint, boundConfiguration, postData, CancellationToken.None).GetAwaiter().GetResult();

    public void Dispose() { }
}
