using LongAnMarket.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Support;

public static class TestSellers
{
    /// <summary>A new producer account managing <paramref name="catalog"/>'s business, signed in.</summary>
    public static async Task<Visitor> SignedInAsync(MarketAppFactory app, TestCatalog catalog)
    {
        var email = Visitor.NewEmail();
        await app.WithServicesAsync(async s =>
        {
            var accounts = s.GetRequiredService<AccountAdministration>();
            await accounts.EnsureAccountAsync(email, Visitor.Passphrase, "Chủ cơ sở", MarketRoles.Producer);
            await accounts.AssignProducerAsync(email, catalog.Producer.TaxCode);
        });
        var seller = new Visitor(app);
        await seller.SignInAsync(email);
        return seller;
    }
}
