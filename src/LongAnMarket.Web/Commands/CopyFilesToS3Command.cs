using Amazon.Runtime;
using LongAnMarket.Infrastructure;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Files;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Commands;

/// <summary>
/// `copy-files-to-s3 [--from FOLDER]`: the move of an installation's files from its data folder (or FOLDER, another
/// installation's) into the buckets of Storage:S3, run with Storage:Provider = S3 and the bucket settings in place.
/// Copies media/ and the private store's folders of private/, skips objects already there unchanged, prints the counts
/// and the files it left.
/// </summary>
public static class CopyFilesToS3Command
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        // Settings missing for S3 have stopped the app already (DeploymentChecks), each named.
        if (services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider != StorageProvider.S3)
        {
            errors.WriteLine("copy-files-to-s3: Storage:Provider is not S3. Run it with Storage:Provider=S3 and the Storage:S3 settings " +
                "the instances will use (README, “Running several instances”).");
            return 2;
        }
        var from = Option(args, "--from") ?? services.GetRequiredService<DataFolder>().Path;
        if (!Directory.Exists(from))
        {
            errors.WriteLine($"copy-files-to-s3: no data folder at {from}.");
            return 2;
        }
        IReadOnlyList<FolderCopy> copies;
        try
        {
            copies = await services.GetRequiredService<BucketCopy>().CopyAsync(Path.GetFullPath(from), CancellationToken.None);
        }
        catch (Exception ex) when (ex is AmazonServiceException or AmazonClientException or HttpRequestException or IOException)
        {
            errors.WriteLine($"copy-files-to-s3 failed: {ex.Message}");
            return 1;
        }
        foreach (var copy in copies)
            output.WriteLine($"{copy.Folder}/ → bucket {copy.Bucket}: {copy.Copied} copied, {copy.Unchanged} already there.");
        var left = copies.SelectMany(c => c.Left).ToList();
        if (left.Count > 0)
            output.WriteLine($"Left in {from} (not the file stores'): {string.Join(", ", left)}.");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
