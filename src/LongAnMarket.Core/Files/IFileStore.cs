namespace LongAnMarket.Core.Files;

/// <summary>Where uploaded and generated media live: a folder of the data folder, or an S3-compatible bucket (Storage:Provider).</summary>
public interface IFileStore
{
    Task SaveAsync(string key, Stream content, CancellationToken cancellationToken = default);
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default);
    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default);
    Task DeleteAsync(string key, CancellationToken cancellationToken = default);
}
