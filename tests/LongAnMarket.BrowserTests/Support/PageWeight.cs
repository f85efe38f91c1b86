using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Support;

/// <summary>Bytes on the wire for a first load (fresh context, empty cache), product photos counted apart.</summary>
public sealed class PageWeight
{
    private readonly List<IResponse> _responses = [];

    public PageWeight(IPage page) => page.Response += (_, response) => { lock (_responses) _responses.Add(response); };

    public async Task<(long Bytes, long PhotoBytes, int Requests)> MeasureAsync()
    {
        long bytes = 0, photos = 0;
        List<IResponse> responses;
        lock (_responses) responses = [.. _responses];
        foreach (var response in responses)
        {
            var sizes = await response.Request.SizesAsync();
            var transferred = sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            if (new Uri(response.Url).AbsolutePath.StartsWith("/media/", StringComparison.Ordinal)) photos += transferred;
            else bytes += transferred;
        }
        return (bytes, photos, responses.Count);
    }
}
