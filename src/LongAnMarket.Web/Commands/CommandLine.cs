using LongAnMarket.Infrastructure.Ordering;
using System.Globalization;
using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Core.Search;
using LongAnMarket.Infrastructure.Search;
using LongAnMarket.Infrastructure.Seeding;
using LongAnMarket.Infrastructure.Traceability;
using LongAnMarket.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Commands;

/// <summary>
/// `dotnet LongAnMarket.Web.dll migrate | seed-demo | seed-scale --products N | seed-scans --scans N |
/// create-admin --email E --password P | verify-lot --epcis F --key K | rotate-trace-key | anchor-trace-log | reindex |
/// bench-search --queries N | search-relevance --set F | bench-checkout --url U | add-merchant-account … |
/// copy-files-to-s3 [--from F]`:
/// one-off tasks that share the app's configuration.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["migrate", "seed-demo", "seed-scale", "seed-scans", "create-admin", "verify-lot", "rotate-trace-key", "anchor-trace-log", "reindex", "bench-search", "search-relevance", "bench-checkout", "add-merchant-account", "copy-files-to-s3"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args[0] == "verify-lot") return await VerifyLotCommand.RunAsync(args, Console.Out, Console.Error);
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        try
        {
            switch (args[0])
            {
                case "migrate":
                    var db = services.GetRequiredService<MarketDbContext>();
                    var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
                    await DatabaseSetup.MigrateAsync(db);
                    Console.WriteLine($"{db.Database.ProviderName}: {pending.Count} migration(s) applied.");
                    var communes = await services.GetRequiredService<CommuneDirectory>().SeedAsync(app.Configuration["Site:Province"] ?? "", CancellationToken.None);
                    if (communes > 0) Console.WriteLine($"Communes and wards of {app.Configuration["Site:Province"]}: {communes} loaded.");
                    if (await services.GetRequiredService<TraceLog>().BackfillAsync(CancellationToken.None) is var stated and > 0)
                        Console.WriteLine($"Head log: {stated} lots sealed before it existed have their head stated.");
                    return 0;
                case "rotate-trace-key":
                    var (retired, current) = await services.GetRequiredService<TraceKeyRing>().RotateAsync();
                    Console.WriteLine($"Trace signing key rotated: {current} is current; {retired} is retired and keeps verifying older records. " +
                        "Restart every other instance so it signs with the new key.");
                    return 0;
                case "anchor-trace-log":
                    if (!services.GetRequiredService<TimestampAuthority>().IsConfigured)
                    {
                        Console.Error.WriteLine("anchor-trace-log: Traceability:Tsa:Url is not set.");
                        return 2;
                    }
                    Console.WriteLine($"Head log: {await app.Services.GetRequiredService<TraceAnchoring>().AnchorAsync(CancellationToken.None)} entries time-stamped.");
                    return 0;
                case "seed-demo":
                    return await SeedDemoAsync(app, services, args);
                case "create-admin":
                    return await CreateAdminAsync(services, args);
                case "seed-scale":
                    return await SeedScaleAsync(services, args);
                case "seed-scans":
                    return await SeedScansAsync(services, args);
                case "reindex":
                    return await ReindexAsync(services);
                case "bench-search":
                    return await SearchBenchmarkCommand.RunAsync(services, args);
                case "search-relevance":
                    return await SearchRelevanceCommand.RunAsync(services, args);
                case "bench-checkout":
                    return await CheckoutBenchmarkCommand.RunAsync(services, args);
                case "copy-files-to-s3":
                    return await CopyFilesToS3Command.RunAsync(services, args, Console.Out, Console.Error);
                case "add-merchant-account":
                    return await MerchantAccountCommand.RunAsync(services, args,
                        app.Configuration["Site:PublicBaseUrl"] is { Length: > 0 } site ? site.TrimEnd('/') : "http://localhost:5080");
            }
        }
        catch (Exception ex) when (ex is TraceKeyUnavailableException or TimestampAuthorityException)
        {
            Console.Error.WriteLine($"{args[0]} failed: {ex.Message}");
            return 1;
        }
        catch (AccountException ex)
        {
            Console.Error.WriteLine($"{args[0]} failed: {ex.Message}");
            return 1;
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException
            or SearchEngineException or IOException)
        {
            Console.Error.WriteLine($"{args[0]} failed: {ex.GetBaseException().Message}");
            return 1;
        }
        return 2;
    }

    /// <summary>
    /// The demo catalogue with lots, and (unless --catalogue-only) the demo accounts, whose passwords and admin
    /// authenticator secret are public: those are refused in Production before anything is written.
    /// </summary>
    private static async Task<int> SeedDemoAsync(WebApplication app, IServiceProvider services, string[] args)
    {
        var catalogueOnly = args.Contains("--catalogue-only");
        if (!catalogueOnly && app.Environment.IsProduction())
        {
            Console.Error.WriteLine("seed-demo refused in Production: it creates demo accounts whose passwords are public (README), " +
                "and whoever signed in first would own them. Run `seed-demo --catalogue-only` for the demo producers, products and lots " +
                "without any account, and `create-admin` for the trade office's administrators.");
            return 2;
        }
        var summary = await services.GetRequiredService<DemoCatalogSeeder>().SeedAsync();
        Console.WriteLine($"Demo catalogue: {summary.ProducersAdded} producers, {summary.ProductsAdded} products, {summary.PagesAdded} pages added.");
        if (!catalogueOnly)
        {
            var accounts = services.GetRequiredService<AccountAdministration>();
            var consents = services.GetRequiredService<Infrastructure.Privacy.Consents>();
            foreach (var demo in DemoAccounts.All)
            {
                await accounts.EnsureAccountAsync(demo.Email, demo.Password, demo.DisplayName, demo.Role);
                var userId = (await services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<MarketUser>>().FindByEmailAsync(demo.Email))!.Id;
                await consents.GiveAsync(userId, Core.Privacy.ConsentPurpose.Account, "register", CancellationToken.None);
                if (demo.Role == MarketRoles.Shopper) await consents.GiveAsync(userId, Core.Privacy.ConsentPurpose.MarketingEmail, "register", CancellationToken.None);
                if (demo.ProducerTaxCode is not null) await accounts.AssignProducerAsync(demo.Email, demo.ProducerTaxCode);
                if (demo.Role == MarketRoles.Admin) await accounts.EnableAuthenticatorAsync(demo.Email, DemoAccounts.AdminAuthenticatorSecret);
            }
        }
        var origin = app.Configuration["Site:PublicBaseUrl"] is { Length: > 0 } configured ? configured.TrimEnd('/') : "http://localhost:5080";
        var lots = await services.GetRequiredService<DemoTraceSeeder>().SeedAsync(origin);
        Console.WriteLine($"Demo traceability: {lots} products got a lot with a signed history.");
        if (!catalogueOnly)
        {
            var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<MarketUser>>();
            var shopper = DemoAccounts.All.First(a => a.Role == MarketRoles.Shopper);
            var shopperId = (await users.FindByEmailAsync(shopper.Email))!.Id;
            var producerId = (await users.FindByEmailAsync(DemoAccounts.All.First(a => a.Role == MarketRoles.Producer).Email))!.Id;
            var (complaints, reviews) = await services.GetRequiredService<DemoAfterSaleSeeder>().SeedAsync(shopperId,
                new Core.Ordering.Buyer(shopper.DisplayName, "0912345678", shopper.Email, "Tây Ninh", "Phường Long An", "12 Nguyễn Huệ", null), producerId);
            Console.WriteLine($"Demo after-sale: delivered orders with {complaints} complaints (one in each state) and {reviews} reviews.");
            Console.WriteLine($"Demo accounts (local use only): {string.Join(", ", DemoAccounts.All.Select(a => $"{a.Email} / {a.Password}"))}.");
            Console.WriteLine($"The demo admin's authenticator secret: {DemoAccounts.AdminAuthenticatorSecret} (add it to an authenticator app).");
        }
        return 0;
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, string[] args)
    {
        var email = ValueOf(args, "--email");
        var password = ValueOf(args, "--password");
        if (email is null || password is null || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
        {
            Console.Error.WriteLine("usage: create-admin --email ADDRESS --password PASSPHRASE [--enrol-by-email]   (at least 10 characters)");
            return 2;
        }
        var accounts = services.GetRequiredService<AccountAdministration>();
        var created = await accounts.EnsureAccountAsync(email, password, "Quản trị viên", MarketRoles.Admin);
        Console.WriteLine(created ? $"Admin account {email} created." : $"{email} already had an account: it now has the Admin role (its password is unchanged).");
        if (args.Contains("--enrol-by-email"))
        {
            // For an admin made on someone else's behalf: the secret is made when the admin opens the mailed link.
            Console.WriteLine("No authenticator yet: on the first visit to /admin the account is mailed a single-use set-up link.");
            return 0;
        }
        if (await accounts.EnableAuthenticatorAsync(email) is not { } secret)
        {
            Console.WriteLine("It already signs in with an authenticator app: that is unchanged.");
            return 0;
        }
        // Shown this once, to the operator at the terminal; the admin adds it to an authenticator app before signing in.
        var uri = AuthenticatorUri.For(services.GetRequiredService<IConfiguration>()["Site:Name"] ?? "LongAnMarket", email, secret);
        Console.WriteLine($"Authenticator secret (shown once; give it to the admin over a trusted channel): {secret}");
        Console.WriteLine(uri);
        Console.WriteLine(AuthenticatorUri.TerminalQr(uri));
        return 0;
    }

    internal static string? ValueOf(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static async Task<int> SeedScaleAsync(IServiceProvider services, string[] args)
    {
        var at = Array.IndexOf(args, "--products");
        if (at < 0 || at + 1 >= args.Length || !int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count is < 1 or > ScaleCatalogSeeder.MaxProducts)
        {
            Console.Error.WriteLine($"usage: seed-scale --products N   (1 ≤ N ≤ {ScaleCatalogSeeder.MaxProducts:N0})");
            return 2;
        }
        var started = TimeProvider.System.GetTimestamp();
        var progress = new SynchronousProgress<(int Done, int Total)>(p =>
            Console.WriteLine($"  {p.Done,7:N0} / {p.Total:N0} products ({TimeProvider.System.GetElapsedTime(started).TotalSeconds:F1} s)"));
        var added = await services.GetRequiredService<ScaleCatalogSeeder>().SeedAsync(count, progress);
        Console.WriteLine($"seed-scale: {added:N0} products added, {count:N0} in the scale catalogue, {TimeProvider.System.GetElapsedTime(started).TotalSeconds:F1} s.");
        return 0;
    }

    /// <summary>Rebuilds the search index beside the live one and swaps it in; a running app keeps searching meanwhile.</summary>
    private static async Task<int> ReindexAsync(IServiceProvider services)
    {
        var engine = services.GetRequiredService<ISearchEngine>();
        var started = TimeProvider.System.GetTimestamp();
        var lastShown = 0;
        var progress = new SynchronousProgress<(int Done, int Total)>(p =>
        {
            if (p.Done - lastShown < 10_000 && p.Done < p.Total) return;
            lastShown = p.Done;
            var width = 30;
            var filled = p.Total == 0 ? width : (int)Math.Round(width * (double)p.Done / p.Total);
            Console.WriteLine($"  [{new string('#', filled)}{new string('.', width - filled)}] {p.Done,7:N0} / {p.Total:N0} ({TimeProvider.System.GetElapsedTime(started).TotalSeconds:F1} s)");
        });
        var count = await services.GetRequiredService<SearchReindexer>().RebuildAsync(progress, CancellationToken.None);
        var seconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
        Console.WriteLine($"reindex: {count:N0} products into {engine.Name} in {seconds:F1} s ({count / Math.Max(seconds, 0.001):N0} products/s); the new index is live.");
        return 0;
    }

    private static async Task<int> SeedScansAsync(IServiceProvider services, string[] args)
    {
        if (!long.TryParse(ValueOf(args, "--scans"), out var count) || count is < 0 or > 100_000_000)
        {
            Console.Error.WriteLine("usage: seed-scans --scans N   (0 to 100,000,000)");
            return 2;
        }
        var started = TimeProvider.System.GetTimestamp();
        var (lot, total) = await services.GetRequiredService<ScanSeeder>().SeedAsync(count);
        // The last line is what bench/run.sh reads: the bench lot's code path and one of its serials.
        var serial = await services.GetRequiredService<MarketDbContext>().LotSerials.Where(s => s.LotId == lot.Id).OrderBy(s => s.Id).Select(s => s.Value).FirstAsync();
        Console.WriteLine($"seed-scans: {total:N0} scans, {TimeProvider.System.GetElapsedTime(started).TotalSeconds:F1} s.");
        Console.WriteLine($"lot={lot.DigitalLink.Path} serial={serial}");
        return 0;
    }
}
