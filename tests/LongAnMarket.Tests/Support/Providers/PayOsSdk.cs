using System.Diagnostics;
using System.Text.Json;

namespace LongAnMarket.Tests.Support.Providers;

/// <summary>
/// Signatures made by payOS's own Node SDK (@payos/node, pinned in tests/stand-ins/payos and installed by
/// `make test`), run with node: what the payOS stand-in sends is signed independently of the adapter under test.
/// </summary>
public static class PayOsSdk
{
    private static readonly string Folder = Repository.PathOf("tests", "stand-ins", "payos");

    /// <summary>The signature payOS puts on a webhook body's or an API answer's <c>data</c>.</summary>
    public static Task<string> SignDataAsync(object data, string checksumKey) => RunAsync("data", data, checksumKey);

    /// <summary>The signature a merchant must put on a payment-link request (amount, cancelUrl, description, orderCode, returnUrl).</summary>
    public static Task<string> SignPaymentRequestAsync(object request, string checksumKey) => RunAsync("payment-request", request, checksumKey);

    private static async Task<string> RunAsync(string kind, object data, string checksumKey)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "@payos", "node")))
            throw new InvalidOperationException($"payOS's SDK is not installed: run `npm ci` in {Folder} (make test does).");
        var info = new ProcessStartInfo("node", "sign.js") { WorkingDirectory = Folder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var node = Process.Start(info) ?? throw new InvalidOperationException("node did not start.");
        await node.StandardInput.WriteAsync(JsonSerializer.Serialize(new { kind, checksumKey, data }));
        node.StandardInput.Close();
        var signature = await node.StandardOutput.ReadToEndAsync();
        var errors = await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        if (node.ExitCode != 0 || signature.Length != 64) throw new InvalidOperationException($"payOS's SDK did not sign ({node.ExitCode}): {errors}");
        return signature;
    }
}
