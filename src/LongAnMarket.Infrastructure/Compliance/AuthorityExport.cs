using System.Text.Json;
using LongAnMarket.Infrastructure.Catalog;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Compliance;

/// <summary>A seller as registered; the representative's citizen ID stays encrypted and is not exported.</summary>
public sealed record ProducerRecord(int Id, string Name, string TaxCode, string Status, string? LegalForm, string? RegistrationNumber,
    DateOnly? RegistrationIssuedOn, string? RegistrationIssuer, string? RepresentativeName, string? RepresentativeRole, string Address,
    string Phone, string Email, DateTime RegisteredAtUtc);

public sealed record ListingRecord(int ProductId, int Version, DateTime RecordedAtUtc, string Sha256, ListingSnapshot Listing);

/// <summary>One line of one order, without the buyer's personal data (asked for separately, with its legal basis).</summary>
public sealed record TransactionRecord(string OrderCode, DateTime PlacedAtUtc, string OrderStatus, string SubOrderStatus, int ProductId,
    string ProductName, string PackSize, long UnitPriceDong, int Quantity, long LineDong);

public sealed record ProducerExport(DateTime ExportedAtUtc, ProducerRecord Producer, IReadOnlyList<ListingRecord> Listings,
    IReadOnlyList<TransactionRecord> Transactions);

/// <summary>
/// What the trade office hands an authority that asks about one seller: its registration, every version of its
/// listings shoppers saw, and its transactions.
/// </summary>
public sealed class AuthorityExport(MarketDbContext db, TimeProvider clock)
{
    public async Task<ProducerExport?> ProducerAsync(int producerId, CancellationToken ct)
    {
        var producer = await db.Producers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == producerId, ct);
        if (producer is null) return null;
        var record = new ProducerRecord(producer.Id, producer.Name, producer.TaxCode, producer.Status.ToString(), producer.LegalForm?.ToString(),
            producer.Registration?.Number, producer.Registration?.IssuedOn, producer.Registration?.Issuer, producer.Representative?.Name,
            producer.Representative?.Role, producer.Address, producer.Phone, producer.Email, producer.RegisteredAt.Utc);
        var versions = await db.ListingVersions.AsNoTracking()
            .Where(v => db.Products.Any(p => p.Id == v.ProductId && p.ProducerId == producerId))
            .OrderBy(v => v.ProductId).ThenBy(v => v.Number).ToListAsync(ct);
        var listings = versions.ConvertAll(v => new ListingRecord(v.ProductId, v.Number, v.RecordedAtUtc, v.Sha256,
            JsonSerializer.Deserialize<ListingSnapshot>(v.Snapshot, ListingHistory.Json)!));
        var transactions = await (
                from line in db.OrderLines.AsNoTracking()
                join sub in db.SubOrders on line.SubOrderId equals sub.Id
                join order in db.Orders on sub.OrderId equals order.Id
                where sub.ProducerId == producerId
                orderby order.PlacedAtUtc, line.Id
                select new { order.Code, order.PlacedAtUtc, order.Status, SubStatus = sub.Status, line.ProductId, line.ProductName, line.PackSize, line.UnitPriceDong, line.Quantity })
            .ToListAsync(ct);
        return new ProducerExport(clock.GetUtcNow().UtcDateTime, record, listings,
            transactions.ConvertAll(t => new TransactionRecord(t.Code, t.PlacedAtUtc, t.Status.ToString(), t.SubStatus.ToString(), t.ProductId,
                t.ProductName, t.PackSize, t.UnitPriceDong, t.Quantity, t.UnitPriceDong * t.Quantity)));
    }
}
