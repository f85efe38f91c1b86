namespace LongAnMarket.Infrastructure.Files;

/// <summary>
/// An S3-compatible object store (Amazon S3, MinIO, Ceph, Cloudflare R2, …) for Storage:Provider = S3: public media in
/// one bucket, private documents in another. The keys come from the environment (Storage__S3__AccessKey,
/// Storage__S3__SecretKey), never from a committed file.
/// </summary>
public sealed class S3StorageOptions
{
    public const string Section = "Storage:S3";

    /// <summary>The service's address (e.g. https://s3.example.vn); empty for Amazon S3 itself, found by <see cref="Region"/>.</summary>
    public string? ServiceUrl { get; set; }
    /// <summary>The region requests are signed for (Amazon: e.g. ap-southeast-1); us-east-1 when only a ServiceUrl is given.</summary>
    public string? Region { get; set; }
    /// <summary>Product, producer and review photos, lot attachments, the demo illustrations.</summary>
    public string? PublicBucket { get; set; }
    /// <summary>Producers' documents and the photos sent with complaints, messages and counterfeit reports: never public.</summary>
    public string? PrivateBucket { get; set; }
    public string? AccessKey { get; set; }
    public string? SecretKey { get; set; }
    /// <summary>
    /// Where browsers read the public bucket (a CDN or the bucket's public address, e.g. https://media.example.vn):
    /// pictures on pages point there. Empty: the app streams them at /media/ as it does from the data folder.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
    /// <summary>Buckets as a path (service/bucket/key) rather than a host name (bucket.service/key), as MinIO and most self-hosted services want.</summary>
    public bool ForcePathStyle { get; set; }

    /// <summary>What is missing or malformed, each naming its setting; empty when the store can be reached as configured.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(ServiceUrl) && string.IsNullOrWhiteSpace(Region))
            problems.Add($"{Section}:ServiceUrl (an S3-compatible service, e.g. https://s3.example.vn) or {Section}:Region (Amazon S3, e.g. ap-southeast-1) is required.");
        if (!string.IsNullOrWhiteSpace(ServiceUrl) && !IsHttpUrl(ServiceUrl))
            problems.Add($"{Section}:ServiceUrl “{ServiceUrl}” is not an absolute http(s) URL.");
        if (string.IsNullOrWhiteSpace(PublicBucket)) problems.Add($"{Section}:PublicBucket is required: the bucket for public media.");
        if (string.IsNullOrWhiteSpace(PrivateBucket)) problems.Add($"{Section}:PrivateBucket is required: the bucket for private documents.");
        if (!string.IsNullOrWhiteSpace(PublicBucket) && string.Equals(PublicBucket, PrivateBucket, StringComparison.OrdinalIgnoreCase))
            problems.Add($"{Section}:PublicBucket and {Section}:PrivateBucket must be two buckets: private documents never share one with public media.");
        if (string.IsNullOrWhiteSpace(AccessKey) || string.IsNullOrWhiteSpace(SecretKey))
            problems.Add($"{Section}:AccessKey and {Section}:SecretKey are required; set them in the environment (Storage__S3__AccessKey, Storage__S3__SecretKey).");
        if (!string.IsNullOrWhiteSpace(PublicBaseUrl) && !IsHttpUrl(PublicBaseUrl))
            problems.Add($"{Section}:PublicBaseUrl “{PublicBaseUrl}” is not an absolute http(s) URL.");
        return problems;
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
