using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LongAnMarket.Infrastructure.Ordering;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Payments.SePay;

/// <summary>One transaction as SePay reports it, by webhook or in its transaction list.</summary>
public sealed record SePayTransaction(string Id, string AccountNumber, long AmountIn, string Content, DateTimeOffset Time);

/// <summary>
/// SePay's transaction webhook (developer.sepay.vn → SePay Webhooks): <c>Authorization: Apikey {key}</c>, a JSON body
/// <c>{id, gateway, transactionDate, accountNumber, code, content, transferType, transferAmount, accumulated, subAccount,
/// referenceCode, description}</c>. Money in for the watched account goes to <see cref="BankTransferInbox"/> under SePay's
/// transaction ID (the same ID its transaction list gives, so reconciliation never applies it twice).
/// </summary>
public sealed class SePayWebhook(MerchantAccounts accounts, BankTransferInbox inbox, ILogger<SePayWebhook> logger)
{
    public const string Actor = "SePay (webhook)";
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static string TransactionIdOf(string sePayId) => $"sepay:{sePayId}";

    public async Task<ProviderNoticeResult> HandleAsync(string accountKey, string? authorization, byte[] body, CancellationToken ct)
    {
        if (await accounts.SePayAsync(accountKey, ct) is not { } account) return ProviderNoticeResult.Unknown;
        if (!Authorised(authorization, account.ApiKey))
        {
            logger.LogWarning("SePay notification for {Account} refused: API key missing or wrong", accountKey);
            return ProviderNoticeResult.Unauthorised("Authorization: Apikey … missing or wrong");
        }
        SePayTransaction transaction;
        string transferType;
        try
        {
            var root = JsonDocument.Parse(body).RootElement;
            transferType = root.GetProperty("transferType").GetString() ?? "";
            transaction = new SePayTransaction(root.GetProperty("id").ToString(), root.GetProperty("accountNumber").ToString(),
                Amount(root.GetProperty("transferAmount")), root.TryGetProperty("content", out var c) ? c.ToString() : "",
                ParseTime(root.GetProperty("transactionDate").GetString()));
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return ProviderNoticeResult.Refuse("expected SePay's {id, transactionDate, accountNumber, content, transferType, transferAmount}");
        }
        if (transferType != "in") return ProviderNoticeResult.Ignore("money out");
        return new ProviderNoticeResult(ProviderNoticeStatus.Received, Outcome: await ReceiveAsync(inbox, account, transaction, Actor, ct));
    }

    /// <summary>Hands one incoming transaction to the inbox; one reported for another account is kept for review, unmatched.</summary>
    public static Task<BankNoticeResult> ReceiveAsync(BankTransferInbox inbox, SePayAccount account, SePayTransaction transaction, string actor, CancellationToken ct)
    {
        var hold = !account.IsMarketplace ? MerchantAccounts.ProducersOwn(account.Key)
            : transaction.AccountNumber == account.AccountNumber ? null
            : $"SePay báo tiền vào tài khoản {transaction.AccountNumber}, không phải tài khoản {account.AccountNumber} của chợ.";
        return inbox.ReceiveAsync(new BankNotice(TransactionIdOf(transaction.Id), transaction.AmountIn, transaction.Content, transaction.Time, Hold: hold), actor, ct);
    }

    public static DateTimeOffset ParseTime(string? text) =>
        new(DateTime.ParseExact(text ?? "", "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), Vietnam);

    /// <summary>Whole đồng, whether SePay writes the amount as a number or, in its transaction list, as "2277000.00".</summary>
    public static long Amount(JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        var amount = decimal.Parse(text ?? "", NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return amount == decimal.Truncate(amount) ? (long)amount : throw new FormatException("an amount in đồng has no fraction");
    }

    private static bool Authorised(string? header, string key)
    {
        const string scheme = "Apikey ";
        if (header is null || !header.StartsWith(scheme, StringComparison.Ordinal)) return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[scheme.Length..]), Encoding.UTF8.GetBytes(key));
    }
}
