using Amazon.S3.Model;
using LongAnMarket.Core.Files;
using LongAnMarket.Infrastructure.Files;
using LongAnMarket.Tests.Support;

namespace LongAnMarket.Tests.Infrastructure.Files;

/// <summary>What every file store does, the data folder's and the bucket's alike: code above them cannot tell which it has.</summary>
public abstract class FileStoreContractTests
{
    protected abstract IPrivateFileStore Store { get; }

    private static string NewKey(string name = "anh.webp") => $"contract/{Guid.NewGuid():N}/{name}";

    private async Task<byte[]?> ReadAsync(string key)
    {
        await using var stream = await Store.OpenReadAsync(key);
        if (stream is null) return null;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task Should_give_back_what_was_saved_replace_it_on_a_second_save_and_forget_it_once_deleted()
    {
        var key = NewKey();
        await Store.SaveAsync(key, new MemoryStream([1, 2, 3]));
        Assert.True(await Store.ExistsAsync(key));
        Assert.Equal([1, 2, 3], await ReadAsync(key));

        await Store.SaveAsync(key, new MemoryStream([4, 5]));
        Assert.Equal([4, 5], await ReadAsync(key));

        await Store.DeleteAsync(key);
        Assert.False(await Store.ExistsAsync(key));
        Assert.Null(await ReadAsync(key));
        await Store.DeleteAsync(key); // deleting what is gone is no error
    }

    [Fact]
    public async Task Should_open_a_missing_key_as_null()
    {
        Assert.Null(await Store.OpenReadAsync(NewKey()));
        Assert.False(await Store.ExistsAsync(NewKey()));
    }

    [Fact]
    public async Task Should_save_from_a_stream_that_cannot_seek()
    {
        var key = NewKey("giay-phep.pdf");
        var bytes = TestImages.Pdf;
        await Store.SaveAsync(key, new ForwardOnly(bytes));
        Assert.Equal(bytes, await ReadAsync(key));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("../longan.db")]
    [InlineData("products/../../private/producers/1.pdf")]
    [InlineData("/etc/passwd")]
    [InlineData("products\\anh.webp")]
    public async Task Should_refuse_a_key_that_could_leave_its_folder_or_bucket(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveAsync(key, new MemoryStream([1])));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.OpenReadAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ExistsAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(key));
    }

    private sealed class ForwardOnly(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
        public override long Position { get => base.Position; set => throw new NotSupportedException(); }
        public override long Length => throw new NotSupportedException();
    }
}

public sealed class FileStoreContractOnLocalFolder : FileStoreContractTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("longan-files-").FullName;

    public FileStoreContractOnLocalFolder() => Store = new LocalFileStore(_folder);

    protected override IPrivateFileStore Store { get; }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

public sealed class FileStoreContractOnS3(S3rver s3rver) : FileStoreContractTests, IClassFixture<S3rver>
{
    protected override IPrivateFileStore Store { get; } = s3rver.Buckets.Private;

    [Fact]
    public async Task Should_store_each_object_with_the_type_its_name_gives_and_public_media_with_a_weeks_caching()
    {
        var key = $"products/{Guid.NewGuid():N}/anh.webp";
        await s3rver.Buckets.Public.SaveAsync(key, new MemoryStream(TestImages.Png(4, 4)));

        var stored = await s3rver.Client.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = S3rver.PublicBucket, Key = key });
        Assert.Equal("image/webp", stored.Headers.ContentType);
        Assert.Equal(FileStorage.PublicCacheControl, stored.Headers.CacheControl);
        Assert.False(await s3rver.Buckets.Private.ExistsAsync(key));
    }
}
