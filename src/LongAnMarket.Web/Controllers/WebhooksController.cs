using System.Text.Json;
using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Infrastructure.Payments;
using LongAnMarket.Infrastructure.Payments.PayOS;
using LongAnMarket.Infrastructure.Payments.SePay;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

/// <summary>
/// Payment notifications from outside: the bank's (HMAC-SHA256 signed), payOS's, SePay's and Stripe's. Bad signatures
/// get 400 (a wrong SePay API key 401, as SePay's own example answers) and change nothing; a 2xx is sent only once the
/// change is committed, so a sender that got anything else retries.
/// </summary>
[IgnoreAntiforgeryToken, Route("webhooks")]
public sealed class WebhooksController(BankWebhookSignature signature, BankTransferInbox inbox, StripeWebhook stripe, PayOsWebhook payOs,
    SePayWebhook sePay, ILogger<WebhooksController> logger) : Controller
{
    private const int MaxBodyBytes = 64 * 1024;
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    [HttpPost("bank-transfer"), RequestSizeLimit(MaxBodyBytes)]
    public async Task<IActionResult> BankTransfer(CancellationToken ct)
    {
        var body = await ReadBodyAsync(ct);
        if (signature.Problem(Request.Headers["X-Timestamp"], Request.Headers["X-Signature"], body) is { } problem)
        {
            logger.LogWarning("Bank webhook refused: {Problem}", problem);
            return BadRequest(new { error = problem });
        }
        BankTransferBody? notice;
        try { notice = JsonSerializer.Deserialize<BankTransferBody>(body, WebJson); }
        catch (JsonException) { notice = null; }
        if (notice is not { TransactionId.Length: > 0, Amount: > 0 } || notice.Time is null)
            return BadRequest(new { error = "expected JSON {transactionId, amount (đồng), purpose, time}" });
        try
        {
            var result = await inbox.ReceiveAsync(new BankNotice(notice.TransactionId, notice.Amount, notice.Purpose ?? "", notice.Time.Value), ct);
            return Ok(new { result = result.ToString() });
        }
        catch (DomainException ex) { return BadRequest(new { error = ex.Message }); }
    }

    /// <summary>payOS's payment notification for a merchant account; payOS takes any 2xx as delivered.</summary>
    [HttpPost("payos/{account}"), RequestSizeLimit(MaxBodyBytes)]
    public async Task<IActionResult> PayOs(string account, CancellationToken ct)
    {
        var body = await ReadBodyAsync(ct);
        return await AnswerAsync(() => payOs.HandleAsync(account, body, ct));
    }

    /// <summary>SePay's transaction notification; SePay counts it delivered only on 2xx with <c>{"success": true}</c>.</summary>
    [HttpPost("sepay/{account}"), RequestSizeLimit(MaxBodyBytes)]
    public async Task<IActionResult> SePay(string account, CancellationToken ct)
    {
        var body = await ReadBodyAsync(ct);
        return await AnswerAsync(() => sePay.HandleAsync(account, Request.Headers.Authorization, body, ct));
    }

    private static async Task<IActionResult> AnswerAsync(Func<Task<ProviderNoticeResult>> handle)
    {
        ProviderNoticeResult result;
        try { result = await handle(); }
        catch (DomainException ex) { return new BadRequestObjectResult(new { success = false, error = ex.Message }); }
        return result.Status switch
        {
            ProviderNoticeStatus.UnknownAccount => new NotFoundObjectResult(new { success = false, error = result.Problem }),
            ProviderNoticeStatus.Refused => new BadRequestObjectResult(new { success = false, error = result.Problem }),
            ProviderNoticeStatus.Unauthorised => new UnauthorizedObjectResult(new { success = false, error = result.Problem }),
            _ => new OkObjectResult(new { success = true, result = result.Outcome?.ToString() ?? result.Problem }),
        };
    }

    [HttpPost("stripe"), RequestSizeLimit(MaxBodyBytes)]
    public async Task<IActionResult> Stripe(CancellationToken ct)
    {
        var json = System.Text.Encoding.UTF8.GetString(await ReadBodyAsync(ct));
        var result = await stripe.HandleAsync(json, Request.Headers["Stripe-Signature"], ct);
        return result == StripeWebhookResult.BadSignature ? BadRequest(new { error = "invalid Stripe-Signature" }) : Ok(new { result = result.ToString() });
    }

    private async Task<byte[]> ReadBodyAsync(CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await Request.Body.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    private sealed record BankTransferBody(string TransactionId, long Amount, string? Purpose, DateTimeOffset? Time);
}
