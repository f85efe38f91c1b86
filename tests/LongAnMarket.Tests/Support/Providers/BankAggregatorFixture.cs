using LongAnMarket.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Support.Providers;

/// <summary>
/// The app with SePay watching the marketplace's account and payOS opening payment links, both reached over loopback at
/// their stand-ins (<see cref="PayOsStandIn"/>, <see cref="SePayStandIn"/>), which notify the app's webhooks.
/// </summary>
public abstract class BankAggregatorFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;
    private MarketAppFactory? _app;

    public MarketAppFactory App => _app ?? throw new InvalidOperationException("Fixture not initialised.");
    public PayOsStandIn PayOs { get; private set; } = null!;
    public SePayStandIn SePay { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        PayOs = await PayOsStandIn.StartAsync();
        SePay = await SePayStandIn.StartAsync();
        _database = TestDatabase.Create(provider);
        _app = new MarketAppFactory(_database, ProviderSettings.For(PayOs, SePay));
        await _app.MigrateAsync();
        await _app.WithServicesAsync(s => s.GetRequiredService<LongAnMarket.Infrastructure.Ordering.CommuneDirectory>().SeedAsync("Tây Ninh", CancellationToken.None));
        PayOs.Merchant = (_app.CreateClient(), ProviderSettings.PayOsWebhook);
        SePay.Merchant = (_app.CreateClient(), ProviderSettings.SePayWebhook);
    }


    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
        await PayOs.DisposeAsync();
        await SePay.DisposeAsync();
    }
}

public sealed class SqliteBankAggregatorFixture() : BankAggregatorFixture(DatabaseProvider.Sqlite);

public sealed class MariaDbBankAggregatorFixture() : BankAggregatorFixture(DatabaseProvider.MySql);
