using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Payments;
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
        _app = new MarketAppFactory(_database, Settings(PayOs, SePay));
        await _app.MigrateAsync();
        await _app.WithServicesAsync(s => s.GetRequiredService<LongAnMarket.Infrastructure.Ordering.CommuneDirectory>().SeedAsync("Tây Ninh", CancellationToken.None));
        PayOs.Merchant = (_app.CreateClient(), $"/webhooks/payos/{MerchantAccounts.Marketplace}");
        SePay.Merchant = (_app.CreateClient(), $"/webhooks/sepay/{MerchantAccounts.Marketplace}");
    }

    /// <summary>What an operator sets to run with both providers (as the browser tests' site does).</summary>
    public static Dictionary<string, string?> Settings(PayOsStandIn payOs, SePayStandIn sePay) => new()
    {
        ["Payments:VietQr:Provider"] = "SePay",
        ["Payments:VietQr:AccountNumber"] = SePayStandIn.AccountNumber,
        ["Payments:VietQr:AccountName"] = "CONG TY LONGAN MARKET",
        ["Payments:ExpirySweepSeconds"] = "3600",
        ["Payments:ReconcileMinutes"] = "1440", // tests reconcile themselves, at the moment they choose
        ["Payments:PayOS:ClientId"] = PayOsStandIn.ClientId,
        ["Payments:PayOS:ApiKey"] = PayOsStandIn.ApiKey,
        ["Payments:PayOS:ChecksumKey"] = PayOsStandIn.ChecksumKey,
        ["Payments:PayOS:ApiBase"] = payOs.ApiBase.ToString(),
        ["Payments:SePay:ApiKey"] = SePayStandIn.ApiKey,
        ["Payments:SePay:ApiToken"] = SePayStandIn.ApiToken,
        ["Payments:SePay:ApiBase"] = sePay.ApiBase.ToString(),
        ["Payments:SePay:AccountNumber"] = SePayStandIn.AccountNumber,
    };

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
