using LongAnMarket.Core.Catalog;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Tests.Web.Ordering;

/// <summary>A producer with one product, and a guest order for it placed through the pages.</summary>
internal static class OrderingTestData
{
    public static async Task<(TestCatalog Catalog, Product Product)> ProductAsync(MarketAppFactory app, long price = 100_000, int stock = 10,
        long shipping = 20_000, long? freeFrom = null, string name = "Gạo thơm")
    {
        var catalog = await app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        await app.WithDbAsync(async db =>
        {
            (await db.Producers.SingleAsync(p => p.Id == catalog.Producer.Id)).SetShipping(shipping, freeFrom);
            await db.SaveChangesAsync();
        });
        return (catalog, await app.WithDbAsync(db => catalog.AddProductAsync(db, name, price, stock)));
    }

    /// <summary>A guest's order of <paramref name="quantity"/> packs: its code, total and the buyer's email.</summary>
    public static async Task<(string Code, long Total, string Email, int OrderId)> PlaceAsync(MarketAppFactory app, Product product, int quantity = 1)
    {
        var guest = new Visitor(app);
        var email = Visitor.NewEmail();
        await guest.AddAsync(product, quantity);
        var code = Shopping.CodeOf(await guest.CheckoutAsync(email));
        var order = await Shopping.OrderAsync(app, code);
        return (code, order.TotalDong, email, order.Id);
    }
}
