namespace LongAnMarket.Infrastructure.Search;

/// <summary>
/// An outbox row: "what search shows for this product (or all of this producer's products) may have changed". Written
/// in the same transaction as the change itself, applied later by every index (each from its own position), and deleted
/// once every index is past it (<see cref="SearchOutboxReaders.TrimAsync"/>).
/// </summary>
public sealed class SearchIndexChange
{
    private SearchIndexChange() { }

    public long Id { get; private set; }
    public int? ProductId { get; private set; }
    public int? ProducerId { get; private set; }
    public DateTime EnqueuedAtUtc { get; private set; }

    public static SearchIndexChange ForProduct(int productId, DateTime now) => new() { ProductId = productId, EnqueuedAtUtc = now };

    public static SearchIndexChange ForProducer(int producerId, DateTime now) => new() { ProducerId = producerId, EnqueuedAtUtc = now };
}
