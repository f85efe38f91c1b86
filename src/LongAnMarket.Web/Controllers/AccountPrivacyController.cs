using LongAnMarket.Core.Common;
using LongAnMarket.Core.Privacy;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Infrastructure.Privacy;
using LongAnMarket.Web.Forms;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Controllers;

/// <summary>A person's consents, given and withdrawn per purpose, and their requests about their personal data.</summary>
[Authorize, Route("account/privacy")]
public sealed class AccountPrivacyController(UserManager<MarketUser> users, Consents consents, DataRequests requests,
    IOptions<PrivacyOptions> options, UiText text, TimeProvider clock) : Controller
{
    private static readonly ConsentPurpose[] Purposes = [ConsentPurpose.Account, ConsentPurpose.MarketingEmail, ConsentPurpose.DeliveryAddressSharing];

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        users.GetUserId(User) is { } userId ? View(await PageAsync(userId, new DataRequestForm(), TempData["notice"] as string, ct)) : Challenge();

    [HttpPost("consents/{purpose}")]
    public async Task<IActionResult> Consent(ConsentPurpose purpose, bool give, CancellationToken ct)
    {
        if (users.GetUserId(User) is not { } userId) return Challenge();
        if (purpose is not (ConsentPurpose.MarketingEmail or ConsentPurpose.DeliveryAddressSharing)) return NotFound();
        try
        {
            if (give) await consents.GiveAsync(userId, purpose, "account", ct);
            else await consents.WithdrawAsync(userId, purpose, ct);
            TempData["notice"] = give ? text["Đã ghi nhận sự đồng ý của bạn."] : text["Đã rút lại sự đồng ý. Việc xử lý trước đó vẫn hợp lệ."];
        }
        catch (DomainException ex) { TempData["notice"] = text.Of(ex); }
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("requests"), EnableRateLimiting(RateLimits.AccountForms)]
    public async Task<IActionResult> FileRequest(DataRequestForm form, CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (form.Kind is { } kind && !Enum.IsDefined(kind)) ModelState.AddModelError(nameof(form.Kind), text["Vui lòng chọn loại yêu cầu."]);
        if (ModelState.IsValid)
        {
            try
            {
                var filed = await requests.FileAsync(user.Id, user.Email!, form.Kind!.Value, form.Details!, ct);
                TempData["notice"] = text.Format("Đã nhận yêu cầu. Hạn trả lời: {0}.", filed.DueOn.ToString("dd/MM/yyyy"));
                return RedirectToAction(nameof(Index));
            }
            catch (DomainException ex) { ModelState.AddRefusal(text, ex); }
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Index", await PageAsync(user.Id, form, null, ct));
    }

    private async Task<AccountPrivacyPage> PageAsync(string userId, DataRequestForm form, string? notice, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var history = (await consents.HistoryAsync(userId, ct)).ConvertAll(c => new ConsentRow(c.Purpose, c.IsActive, c.NoticeVersion,
            VietnamTime.FromUtc(c.GivenAtUtc), c.WithdrawnAtUtc is { } w ? VietnamTime.FromUtc(w) : null, c.Source));
        var current = Purposes.Select(p => history.FirstOrDefault(c => c.Purpose == p && c.Active)
            ?? new ConsentRow(p, false, "", default, null, "")).ToList();
        var mine = (await requests.OfAsync(userId, ct)).ConvertAll(r => DataRequestRow.Of(r, today));
        var days = Enum.GetValues<DataRequestKind>().ToDictionary(k => k, options.Value.DaysFor);
        return new AccountPrivacyPage(current, history, mine, form, consents.NoticeVersion, options.Value.FirstAnswerWorkingDays, days, notice);
    }
}
