using System.Globalization;
using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Web.Accounts;
using LongAnMarket.Web.Compliance;
using LongAnMarket.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

/// <summary>The month's data for declaring the taxes withheld for household sellers (Decree 117/2025), as CSV.</summary>
[Authorize(Roles = MarketRoles.Admin), TypeFilter<RequireTwoFactorForAdmins>, Route("admin/tax")]
public sealed class AdminWithholdingController(WithholdingReport report, UiText text, TimeProvider clock) : Controller
{
    /// <summary>The first month withholding applies (Decree 117/2025 took effect on 1 July 2025).</summary>
    public static readonly DateOnly FirstMonth = new(2025, 7, 1);

    [HttpGet("withholding.csv")]
    public async Task<IActionResult> Month(string? month, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        if (!DateOnly.TryParseExact($"{month}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var chosen)
            || chosen < FirstMonth || chosen > new DateOnly(today.Year, today.Month, 1))
        {
            TempData["error"] = text.Format("Kỳ kê khai phải là một tháng từ {0} đến {1}.", FirstMonth.ToString("MM/yyyy"), today.ToString("MM/yyyy"));
            return Redirect("/admin/ledger");
        }
        var rows = await report.MonthAsync(chosen.Year, chosen.Month, ct);
        return File(WithholdingCsv.Month(chosen.Year, chosen.Month, rows), "text/csv", $"thue-khau-tru-{chosen:yyyy-MM}.csv");
    }
}
