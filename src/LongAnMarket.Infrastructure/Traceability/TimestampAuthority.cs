using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>RFC 3161 over HTTP (§3.4): POSTs a time-stamp query for a SHA-256 digest and returns the token it got.</summary>
public sealed class TimestampAuthority(HttpClient http, IOptions<TraceabilityOptions> options)
{
    public const string QueryMediaType = "application/timestamp-query";

    public bool IsConfigured => options.Value.Tsa.IsConfigured;

    /// <exception cref="TimestampAuthorityException">The TSA is unreachable or refused, or its reply does not match the query.</exception>
    public async Task<byte[]> StampAsync(byte[] sha256, CancellationToken ct)
    {
        var request = Rfc3161TimestampRequest.CreateFromHash(sha256, HashAlgorithmName.SHA256, requestedPolicyId: null,
            nonce: RandomNumberGenerator.GetBytes(8), requestSignerCertificates: true);
        using var content = new ByteArrayContent(request.Encode());
        content.Headers.ContentType = new MediaTypeHeaderValue(QueryMediaType);
        HttpResponseMessage response;
        try { response = await http.PostAsync(options.Value.Tsa.Url, content, ct); }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            throw new TimestampAuthorityException($"the time-stamping authority at {options.Value.Tsa.Url} did not answer: {ex.Message}", ex);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
                throw new TimestampAuthorityException($"the time-stamping authority answered {(int)response.StatusCode}");
            var reply = await response.Content.ReadAsByteArrayAsync(ct);
            try
            {
                // Checks the reply's status, nonce and message imprint against the query.
                var token = request.ProcessResponse(reply, out _);
                return token.AsSignedCms().Encode();
            }
            catch (CryptographicException ex)
            {
                throw new TimestampAuthorityException($"the time-stamping authority's reply was refused: {ex.Message}", ex);
            }
        }
    }
}

public sealed class TimestampAuthorityException(string message, Exception? inner = null) : Exception(message, inner);
