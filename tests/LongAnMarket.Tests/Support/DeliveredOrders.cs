using LongAnMarket.Core.Catalog;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Support;

/// <summary>A guest's order of one product, placed through the checkout, paid by transfer and delivered by its producer.</summary>
public sealed record DeliveredOrder(string Code, string Link, int OrderId, int PartId, int LineId, string BuyerEmail)
{
    public static async Task<DeliveredOrder> PlaceAsync(MarketAppFactory app, Product product, int quantity, string? name = null)
    {
        await app.WithServicesAsync(s => s.GetRequiredService<CommuneDirectory>().SeedAsync("Tây Ninh", CancellationToken.None));
        var guest = new Visitor(app);
        var email = Visitor.NewEmail();
        await guest.AddAsync(product, quantity);
        var placed = await guest.CheckoutAsync(email, name is null ? null : new() { ["Name"] = name });
        var code = Shopping.CodeOf(placed);
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var (orderId, partId, lineId) = await app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<MarketDbContext>();
            var order = await db.Orders.WithParts().AsSingleQuery().SingleAsync(o => o.Code == code);
            order.MarkPaid($"FT{code}", order.TotalDong, "bank", now);
            await s.GetRequiredService<Ledger>().BookSalesAsync(order, "bank", now, CancellationToken.None);
            var part = order.SubOrders.Single();
            part.StartProcessing("htx", now);
            part.Ship("GHN", "GHN1", "htx", now);
            part.Deliver("htx", now);
            await db.SaveChangesAsync();
            return (order.Id, part.Id, part.Lines.Single().Id);
        });
        return new DeliveredOrder(code, placed.Headers.Location!.OriginalString, orderId, partId, lineId, email);
    }
}
