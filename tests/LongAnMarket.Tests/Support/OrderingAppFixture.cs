using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Payments;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Support;

/// <summary>The app with payments switched on: a bank webhook secret, and Stripe keys whose API calls reach <see cref="FakeStripe"/>.</summary>
public abstract class OrderingAppFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public const string BankSecret = "bank-secret-for-tests";
    private TestDatabase? _database;
    private MarketAppFactory? _app;

    public MarketAppFactory App => _app ?? throw new InvalidOperationException("Fixture not initialised.");
    public FakeStripe Stripe { get; } = new();
    public DatabaseProvider Provider => provider;

    public async Task InitializeAsync()
    {
        _database = TestDatabase.Create(provider);
        _app = new MarketAppFactory(_database, new Dictionary<string, string?>
        {
            ["Payments:VietQr:WebhookSecret"] = BankSecret,
            ["Payments:VietQr:AccountNumber"] = "1023456789",
            ["Payments:VietQr:AccountName"] = "CONG TY LONGAN MARKET",
            ["Payments:ExpirySweepSeconds"] = "3600", // tests run the expirer themselves, at the moment they choose
            ["Stripe:SecretKey"] = FakeStripe.SecretKey,
            ["Stripe:WebhookSecret"] = FakeStripe.WebhookSecret,
            ["Stripe:ApiBase"] = FakeStripe.ApiBase,
        }, services => services.AddSingleton(new StripeHttpClient(new HttpClient(Stripe))));
        await _app.MigrateAsync();
        await _app.WithServicesAsync(s => s.GetRequiredService<LongAnMarket.Infrastructure.Ordering.CommuneDirectory>().SeedAsync("Tây Ninh", CancellationToken.None));
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}

public sealed class SqliteOrderingFixture() : OrderingAppFixture(DatabaseProvider.Sqlite);

public sealed class MariaDbOrderingFixture() : OrderingAppFixture(DatabaseProvider.MySql);
