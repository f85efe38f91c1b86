using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Payments;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Commands;

/// <summary>
/// `add-merchant-account --key K --producer TAXCODE --provider payos --client-id … --api-key … --checksum-key … [--api-base U]`
/// or `… --provider sepay --api-key … --account-number N [--api-token …] [--api-base U]`: a producer's own payOS channel or
/// SePay-watched account, its keys stored protected; prints the webhook address to give the provider.
/// </summary>
public static class MerchantAccountCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, string publicOrigin)
    {
        string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var key = Option("--key");
        var provider = Option("--provider")?.ToLowerInvariant();
        var taxCode = Option("--producer");
        if (key is null || taxCode is null || provider is not ("payos" or "sepay"))
        {
            Console.Error.WriteLine("usage: add-merchant-account --key K --producer TAXCODE --provider payos|sepay (payOS: --client-id --api-key --checksum-key; " +
                "SePay: --api-key --account-number [--api-token]) [--api-base URL]");
            return 2;
        }
        var producerId = await services.GetRequiredService<MarketDbContext>().Producers.Where(p => p.TaxCode == taxCode).Select(p => (int?)p.Id).FirstOrDefaultAsync();
        if (producerId is null)
        {
            Console.Error.WriteLine($"add-merchant-account: no producer with tax code {taxCode}.");
            return 1;
        }
        var accounts = services.GetRequiredService<MerchantAccounts>();
        try
        {
            var account = provider == "payos"
                ? await accounts.AddPayOsAsync(key, producerId.Value, Option("--client-id") ?? "", Option("--api-key") ?? "", Option("--checksum-key") ?? "",
                    new Uri(Option("--api-base") ?? "https://api-merchant.payos.vn"), CancellationToken.None)
                : await accounts.AddSePayAsync(key, producerId.Value, Option("--api-key") ?? "", Option("--api-token"),
                    new Uri(Option("--api-base") ?? "https://my.sepay.vn"), Option("--account-number") ?? "", CancellationToken.None);
            Console.WriteLine($"{account.Provider} account '{account.Key}' stored for producer {taxCode}, its keys protected. " +
                $"Webhook: {publicOrigin}/webhooks/{provider}/{account.Key}. Money paid into it never enters the marketplace's ledger.");
            return 0;
        }
        catch (Exception ex) when (ex is DomainException or UriFormatException)
        {
            Console.Error.WriteLine($"add-merchant-account: {ex.Message}");
            return 1;
        }
    }
}
