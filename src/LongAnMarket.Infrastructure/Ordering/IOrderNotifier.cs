using LongAnMarket.Core.Ordering;

namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>Told of each committed step of an order, to let the people concerned know (the web app emails them).</summary>
public interface IOrderNotifier
{
    Task PlacedAsync(Order order, CancellationToken ct);

    /// <summary>The order is paid: the shopper hears once, and each producer about its own part.</summary>
    Task PaidAsync(Order order, IReadOnlyDictionary<int, string> producerEmails, CancellationToken ct);

    Task ShippedAsync(Order order, SubOrder part, CancellationToken ct);

    /// <summary>A lot the shopper's order was filled from was recalled.</summary>
    Task LotRecalledAsync(Order order, string productName, string lotCode, string reason, CancellationToken ct);
}
