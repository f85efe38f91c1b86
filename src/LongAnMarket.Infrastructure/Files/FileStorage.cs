using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using LongAnMarket.Core.Files;
using LongAnMarket.Infrastructure.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Files;

/// <summary>The public and private file stores, chosen by Storage:Provider: the data folder's media/ and private/, or two S3 buckets.</summary>
public static class FileStorage
{
    /// <summary>How long browsers and caches keep public media: a week (photos are stored under new names, never changed in place).</summary>
    public const string PublicCacheControl = "public, max-age=604800";

    public static IHostApplicationBuilder AddFileStores(this IHostApplicationBuilder builder, string dataPath)
    {
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, S3SettingsCheck>());
        var provider = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>()?.Provider ?? StorageProvider.Local;
        if (provider == StorageProvider.S3)
        {
            builder.Services.AddSingleton<IAmazonS3>(services => Connect(services.GetRequiredService<IOptions<StorageOptions>>().Value.S3));
            builder.Services.AddSingleton(services =>
            {
                var s3 = services.GetRequiredService<IOptions<StorageOptions>>().Value.S3;
                var client = services.GetRequiredService<IAmazonS3>();
                return new S3Buckets(new S3FileStore(client, s3.PublicBucket!, PublicCacheControl), new S3FileStore(client, s3.PrivateBucket!));
            });
            builder.Services.AddSingleton<IFileStore>(services => services.GetRequiredService<S3Buckets>().Public);
            builder.Services.AddSingleton<IPrivateFileStore>(services => services.GetRequiredService<S3Buckets>().Private);
            builder.Services.AddScoped<BucketCopy>();
        }
        else
        {
            builder.Services.AddSingleton<IFileStore>(new LocalFileStore(Path.Combine(dataPath, "media")));
            builder.Services.AddSingleton<IPrivateFileStore>(new LocalFileStore(Path.Combine(dataPath, "private")));
        }
        return builder;
    }

    /// <summary>
    /// A client for the configured service. Checksums are sent and checked only where S3 requires them: the SDK's newer
    /// default (a CRC checksum on every upload and download) is not understood by every S3-compatible service.
    /// </summary>
    public static AmazonS3Client Connect(S3StorageOptions s3)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = s3.ForcePathStyle,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            Timeout = TimeSpan.FromSeconds(30),
        };
        if (string.IsNullOrWhiteSpace(s3.ServiceUrl))
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(s3.Region);
        else
        {
            config.ServiceURL = s3.ServiceUrl;
            config.AuthenticationRegion = string.IsNullOrWhiteSpace(s3.Region) ? "us-east-1" : s3.Region;
        }
        return new AmazonS3Client(new BasicAWSCredentials(s3.AccessKey, s3.SecretKey), config);
    }

    /// <summary>With Storage:Provider = S3, every setting the buckets need, each missing one named: start-up stops on the list.</summary>
    private sealed class S3SettingsCheck : IValidateOptions<StorageOptions>
    {
        public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
            options.Provider == StorageProvider.S3 && options.S3.Problems() is { Count: > 0 } problems
                ? ValidateOptionsResult.Fail(problems.Select(p => "Storage:Provider is S3: " + p))
                : ValidateOptionsResult.Success;
    }
}

/// <summary>The two buckets of Storage:Provider = S3, reached with one client.</summary>
public sealed record S3Buckets(S3FileStore Public, S3FileStore Private);
