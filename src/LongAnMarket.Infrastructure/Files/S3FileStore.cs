using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using LongAnMarket.Core.Files;
using Microsoft.AspNetCore.StaticFiles;

namespace LongAnMarket.Infrastructure.Files;

/// <summary>
/// Keeps files as the objects of one bucket of an S3-compatible store, under the keys <see cref="LocalFileStore"/>
/// takes (refused alike by <see cref="FileKeys"/>). Each object carries the content type its name says, as the data
/// folder's files are served, and the public bucket's a week's caching, for browsers reading it directly.
/// </summary>
public sealed class S3FileStore(IAmazonS3 client, string bucket, string? cacheControl = null) : IPrivateFileStore
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public string Bucket => bucket;

    public async Task SaveAsync(string key, Stream content, CancellationToken cancellationToken = default)
    {
        FileKeys.Checked(key);
        // The request is signed over the whole body, so it must be readable twice; uploads are at most a few MB.
        var body = content;
        if (!content.CanSeek)
        {
            body = new MemoryStream();
            await content.CopyToAsync(body, cancellationToken);
            body.Position = 0;
        }
        var request = new PutObjectRequest
        {
            BucketName = bucket,
            Key = key,
            InputStream = body,
            AutoCloseStream = false,
            ContentType = ContentTypeOf(key),
            // Signed in one piece, not as aws-chunked: s3rver answers 200 to a chunked upload but keeps the chunk framing
            // ("3;chunk-signature=…") as the object's bytes, and other S3-compatible services may do no better.
            UseChunkEncoding = false,
        };
        if (cacheControl is not null) request.Headers.CacheControl = cacheControl;
        await client.PutObjectAsync(request, cancellationToken);
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default) =>
        (await OpenObjectAsync(key, cancellationToken))?.Content;

    /// <summary>The object with what HTTP caching needs (length, date, ETag), or null when there is none under the key.</summary>
    public async Task<StoredObject?> OpenObjectAsync(string key, CancellationToken cancellationToken = default)
    {
        FileKeys.Checked(key);
        try
        {
            var response = await client.GetObjectAsync(bucket, key, cancellationToken);
            return new StoredObject(response.ResponseStream, response.ContentLength,
                response.LastModified is { } modified ? new DateTimeOffset(modified.ToUniversalTime()) : null, response.ETag);
        }
        catch (AmazonS3Exception missing) when (missing.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default)
    {
        FileKeys.Checked(key);
        try
        {
            await client.GetObjectMetadataAsync(bucket, key, cancellationToken);
            return true;
        }
        catch (AmazonS3Exception missing) when (missing.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <summary>Deletes the object; a key with none is no error, as a missing file is none for the data folder.</summary>
    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        FileKeys.Checked(key);
        await client.DeleteObjectAsync(bucket, key, cancellationToken);
    }

    /// <summary>Every object's key with its size and ETag (quotes removed; the MD5 of its bytes unless uploaded in parts).</summary>
    public async Task<IReadOnlyDictionary<string, (long Size, string ETag)>> ListAsync(CancellationToken cancellationToken = default)
    {
        var objects = new Dictionary<string, (long, string)>(StringComparer.Ordinal);
        var request = new ListObjectsV2Request { BucketName = bucket };
        ListObjectsV2Response page;
        do
        {
            page = await client.ListObjectsV2Async(request, cancellationToken);
            foreach (var item in page.S3Objects ?? []) objects[item.Key] = (item.Size ?? 0, item.ETag?.Trim('"') ?? "");
            request.ContinuationToken = page.NextContinuationToken;
        }
        while (page.IsTruncated == true);
        return objects;
    }

    public static string ContentTypeOf(string key) =>
        ContentTypes.TryGetContentType(key, out var type) ? type : "application/octet-stream";
}

/// <summary>An object as read: its bytes (to dispose) and its size, date and ETag (quoted, as HTTP sends it).</summary>
public sealed record StoredObject(Stream Content, long Length, DateTimeOffset? LastModified, string? ETag);
