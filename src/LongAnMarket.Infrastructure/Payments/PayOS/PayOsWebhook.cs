using System.Text.Json;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Payments.PayOS;

/// <summary>
/// payOS's payment notification (<c>{code, desc, success, data, signature}</c>): the signature over <c>data</c> must be
/// the channel's, then the transfer goes the way every transfer goes (<see cref="BankTransferInbox"/>): stored first under
/// payOS's bank reference, matched to the order its payOS code was opened for, applied once or held for review.
/// </summary>
public sealed class PayOsWebhook(MerchantAccounts accounts, MarketDbContext db, BankTransferInbox inbox, ILogger<PayOsWebhook> logger)
{
    public const string Actor = "payOS (webhook)";

    public static string TransactionIdOf(string reference) => $"payos:{reference}";

    public async Task<ProviderNoticeResult> HandleAsync(string accountKey, byte[] body, CancellationToken ct)
    {
        if (await accounts.PayOsAsync(accountKey, ct) is not { } account) return ProviderNoticeResult.Unknown;
        JsonElement root;
        try { root = JsonDocument.Parse(body).RootElement; }
        catch (JsonException) { return ProviderNoticeResult.Refuse("body is not JSON"); }
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            return ProviderNoticeResult.Refuse("expected {code, desc, success, data, signature}");
        var signature = root.TryGetProperty("signature", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        if (!PayOsSignature.Matches(data, signature, account.ChecksumKey))
        {
            logger.LogWarning("payOS notification for {Account} refused: signature does not match", accountKey);
            return ProviderNoticeResult.Refuse("signature does not match");
        }
        if (Text(data, "code") != "00") return ProviderNoticeResult.Ignore("not a successful payment");

        long orderCode, amount;
        DateTimeOffset time;
        try
        {
            orderCode = data.GetProperty("orderCode").GetInt64();
            amount = data.GetProperty("amount").GetInt64();
            time = PayOsClient.ParseTime(Text(data, "transactionDateTime"));
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException or PayOsException)
        {
            return ProviderNoticeResult.Refuse("data lacks orderCode, amount or transactionDateTime");
        }
        var reference = Text(data, "reference");
        if (string.IsNullOrWhiteSpace(reference) || amount <= 0) return ProviderNoticeResult.Refuse("data lacks a reference or an amount");

        if (!account.IsMarketplace)
            return Received(await inbox.ReceiveAsync(new BankNotice(TransactionIdOf(reference), amount, Text(data, "description") ?? "", time,
                Hold: MerchantAccounts.ProducersOwn(account.Key)), Actor, ct));
        var orderId = await db.PayOsLinks.AsNoTracking().Where(l => l.Account == account.Key && l.PayOsCode == orderCode)
            .Select(l => (int?)l.OrderId).FirstOrDefaultAsync(ct);
        var outcome = await inbox.ReceiveAsync(new BankNotice(TransactionIdOf(reference), amount, Text(data, "description") ?? "", time, orderId), Actor, ct);
        return Received(outcome);
    }

    private static ProviderNoticeResult Received(BankNoticeResult outcome) => new(ProviderNoticeStatus.Received, Outcome: outcome);

    private static string? Text(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
