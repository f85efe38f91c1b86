using LongAnMarket.Core.Producers;

namespace LongAnMarket.Web.Sellers;

public sealed record SellerPageModel(
    int ProducerId, string Name, string Slug, ProducerStatus Status, string? StatusReason, string TaxCode,
    IReadOnlyList<DocumentModel> Documents, IReadOnlyList<StatusChangeModel> History, int PublishedProducts, string? Notice)
{
    public int DraftProducts { get; init; }
    public string? PhotoUrl { get; init; }
    public IReadOnlyList<LowStockModel> LowStock { get; init; } = [];
    /// <summary>Paid parts of orders not yet shipped: the producer's pending work.</summary>
    public int OrdersToShip { get; init; }
    public long BalanceDong { get; init; }
}

/// <summary>A pack size about to run out: the producer's to-do list.</summary>
public sealed record LowStockModel(int ProductId, string ProductName, string PackSize, int Stock);

public sealed record DocumentModel(int Id, string FileName, string ContentType, long SizeBytes)
{
    public string Size => SizeBytes switch
    {
        < 1024 => $"{SizeBytes} B",
        < 1024 * 1024 => $"{SizeBytes / 1024.0:0.#} KB",
        _ => $"{SizeBytes / 1024.0 / 1024:0.#} MB",
    };
}

public sealed record StatusChangeModel(ProducerStatus From, ProducerStatus To, string? Reason, string Actor, DateTimeOffset At);
