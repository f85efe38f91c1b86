using LongAnMarket.Tests.Support.Providers;
using LongAnMarket.Tests.Support;

// Runs payOS (port 5091) and SePay (port 5092) the way the tests do, notifying the marketplace at --site (default
// http://localhost:5080), and writes the settings `make run` needs to .stand-ins.env. Ctrl+C or SIGTERM stops both.
var site = args.SkipWhile(a => a != "--site").Skip(1).FirstOrDefault() ?? "http://localhost:5080";
await using var payOs = await PayOsStandIn.StartAsync(5091);
await using var sePay = await SePayStandIn.StartAsync(5092);
var notifier = new HttpClient { BaseAddress = new Uri(site) };
payOs.Merchant = (notifier, ProviderSettings.PayOsWebhook);
sePay.Merchant = (notifier, ProviderSettings.SePayWebhook);

var settings = ProviderSettings.For(payOs, sePay).Where(s => !s.Key.StartsWith("Payments:ExpirySweep", StringComparison.Ordinal)
    && !s.Key.StartsWith("Payments:Reconcile", StringComparison.Ordinal));
var envFile = Path.Combine(Repository.Root, ".stand-ins.env");
await File.WriteAllLinesAsync(envFile, settings.Select(s => $"{s.Key.Replace(":", "__")}={s.Value}"));
Console.WriteLine($"payOS stand-in on {payOs.ApiBase} (checkout pages /web/…), SePay stand-in on {sePay.ApiBase} (make a transfer at /sandbox).");
Console.WriteLine($"Both notify {site}. Settings for the app written to {envFile}; in another terminal:");
Console.WriteLine("    set -a; . ./.stand-ins.env; set +a; make run");
var stop = new TaskCompletionSource();
using var interrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, Stop);
using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, Stop);
await stop.Task;

void Stop(System.Runtime.InteropServices.PosixSignalContext signal)
{
    signal.Cancel = true;
    stop.TrySetResult();
}
