using LongAnMarket.Core.Common;
using LongAnMarket.Core.Privacy;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Infrastructure.Privacy;
using LongAnMarket.Web.Accounts;
using LongAnMarket.Web.Forms;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Controllers;

/// <summary>
/// Personal data as the office runs it: data subjects' requests against their deadlines, the breach register with its
/// notification clock, the record of processing, and newsletters that reach only those who agreed.
/// </summary>
[Authorize(Roles = MarketRoles.Admin), TypeFilter<RequireTwoFactorForAdmins>, Route("admin/privacy")]
public sealed class AdminPrivacyController(DataRequests requests, DataBreaches breaches, Consents consents, IOptions<PrivacyOptions> options,
    UiText text, TimeProvider clock) : Controller
{
    private const string NoticeKey = "notice";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await RequestsPageAsync(TempData[NoticeKey] as string, ct));

    [HttpPost("{id:int}/acknowledge")]
    public Task<IActionResult> Acknowledge(int id, CancellationToken ct) =>
        ActAsync(ct2 => requests.AcknowledgeAsync(id, Actor, ct2), "Đã ghi nhận phản hồi đầu tiên.", nameof(Index),
            async error => View(nameof(Index), await RequestsPageAsync(null, ct) with { Error = error }), ct);

    [HttpPost("{id:int}/answer")]
    public Task<IActionResult> Answer(int id, string? answer, CancellationToken ct) =>
        ActAsync(ct2 => requests.CloseAsync(id, answer ?? "", Actor, ct2), "Đã ghi nhận câu trả lời.", nameof(Index),
            async error => View(nameof(Index), await RequestsPageAsync(null, ct) with { Error = error }), ct);

    [HttpGet("breaches")]
    public async Task<IActionResult> Breaches(CancellationToken ct) =>
        View(await BreachesPageAsync(new DataBreachForm { DiscoveredAt = NowToTheMinute() },
            TempData[NoticeKey] as string, ct));

    [HttpPost("breaches")]
    public async Task<IActionResult> Breaches(DataBreachForm form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await breaches.RecordAsync(new DataBreachDraft(form.Summary!, form.DataAffected!, form.PeopleAffected, AsVietnamTime(form.DiscoveredAt!.Value)), Actor, ct);
                TempData[NoticeKey] = text.Format("Đã ghi sự cố vào sổ. Phải thông báo cho cơ quan chuyên trách trong {0} giờ kể từ lúc phát hiện.",
                    options.Value.BreachNotifyHours);
                return RedirectToAction(nameof(Breaches));
            }
            catch (DomainException ex) { ModelState.AddRefusal(text, ex); }
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(await BreachesPageAsync(form, null, ct));
    }

    [HttpPost("breaches/{id:int}/authority")]
    public Task<IActionResult> NotifiedAuthority(int id, string? reference, DateTime? at, CancellationToken ct) =>
        ActAsync(ct2 => breaches.NotifyAuthorityAsync(id, reference ?? "", at is { } a ? AsVietnamTime(a) : clock.GetUtcNow(), ct2),
            "Đã ghi nhận thông báo cho cơ quan chuyên trách.", nameof(Breaches), BreachRefusedAsync, ct);

    [HttpPost("breaches/{id:int}/people")]
    public Task<IActionResult> NotifiedPeople(int id, DateTime? at, CancellationToken ct) =>
        ActAsync(ct2 => breaches.NotifyPeopleAsync(id, at is { } a ? AsVietnamTime(a) : clock.GetUtcNow(), ct2),
            "Đã ghi nhận thông báo cho người bị ảnh hưởng.", nameof(Breaches), BreachRefusedAsync, ct);

    [HttpGet("record")]
    public async Task<IActionResult> Record([FromServices] MarketDbContext db, CancellationToken ct)
    {
        var active = await db.Consents.Where(c => c.WithdrawnAtUtc == null).GroupBy(c => c.Purpose)
            .Select(g => new { Purpose = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Purpose, g => g.Count, ct);
        return View(new ProcessingRecordPage(ProcessingActivities.All, active, consents.NoticeVersion, await db.Users.CountAsync(ct)));
    }

    [HttpGet("newsletter")]
    public async Task<IActionResult> Newsletter(CancellationToken ct) =>
        View(new NewsletterPage(new NewsletterForm(), (await consents.MarketingAudienceAsync(ct)).Count, TempData[NoticeKey] as string));

    [HttpPost("newsletter")]
    public async Task<IActionResult> Newsletter(NewsletterForm form, [FromServices] MarketingMail mail, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new NewsletterPage(form, (await consents.MarketingAudienceAsync(ct)).Count, null));
        }
        var sent = await mail.SendAsync(form.Subject!.Trim(), form.Body!.Trim(), ct);
        TempData[NoticeKey] = text.Format("Đã gửi thư đến {0} người đã đồng ý nhận.", sent);
        return RedirectToAction(nameof(Newsletter));
    }

    private DateTime NowToTheMinute()
    {
        var now = VietnamTime.Now(clock).DateTime;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMinute));
    }

    private string Actor => User.Identity?.Name ?? "admin";

    private static DateTimeOffset AsVietnamTime(DateTime local) => new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), VietnamTime.Offset);

    /// <summary>Does one recorded step; on success back to <paramref name="page"/> with a notice, else the page again with the refusal.</summary>
    private async Task<IActionResult> ActAsync(Func<CancellationToken, Task> act, string done, string page, Func<string, Task<IActionResult>> refused,
        CancellationToken ct)
    {
        try
        {
            await act(ct);
            TempData[NoticeKey] = text[done];
            return RedirectToAction(page);
        }
        catch (DomainException ex)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await refused(text.Of(ex));
        }
    }

    private async Task<IActionResult> BreachRefusedAsync(string error) =>
        View(nameof(Breaches), await BreachesPageAsync(new DataBreachForm(), null, HttpContext.RequestAborted) with { Error = error });

    private async Task<AdminPrivacyPage> RequestsPageAsync(string? notice, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var rows = (await requests.AllAsync(ct)).ConvertAll(r => DataRequestRow.Of(r, today));
        return new AdminPrivacyPage(rows, notice);
    }

    private async Task<DataBreachesPage> BreachesPageAsync(DataBreachForm form, string? notice, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rows = (await breaches.AllAsync(ct)).ConvertAll(b => new DataBreachRow(b.Id, b.Summary, b.DataAffected, b.PeopleAffected,
            VietnamTime.FromUtc(b.DiscoveredAtUtc), VietnamTime.FromUtc(b.NotifyByUtc),
            b.AuthorityNotifiedAtUtc is { } a ? VietnamTime.FromUtc(a) : null, b.AuthorityReference,
            b.PeopleNotifiedAtUtc is { } p ? VietnamTime.FromUtc(p) : null, b.IsOverdue(now), VietnamTime.FromUtc(b.NotifyByUtc) - now));
        return new DataBreachesPage(rows, form, options.Value.BreachNotifyHours, VietnamTime.Now(clock), notice);
    }
}
