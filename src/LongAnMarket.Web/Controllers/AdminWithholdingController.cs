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

/// <summary>The month's data for declaring the taxes withheld for household sellers (Decree 117/2025), and its commission, as CSV.</summary>
[Authorize(Roles = MarketRoles.Admin), TypeFilter<RequireTwoFactorForAdmins>, Route("admin/tax")]
public sealed class AdminWithholdingController(WithholdingReport report, UiText text, TimeProvider clock) : Controller
{
    /// <summary>The first month withholding applies (Decree 117/2025 took effect on 1 July 2025).</summary>
    public static readonly DateOnly FirstMonth = new(2025, 7, 1);

    [HttpGet("withholding.csv")]
    public async Task<IActionResult> Month(string? month, CancellationToken ct)
    {
        if (MonthOf(month) is not { } chosen) return Refused();
        var rows = await report.MonthAsync(chosen.Year, chosen.Month, ct);
        return File(WithholdingCsv.Month(chosen.Year, chosen.Month, rows), "text/csv", $"thue-khau-tru-{chosen:yyyy-MM}.csv");
    }

    /// <summary>The month's commission per producer, for the operator's e-invoice provider.</summary>
    [HttpGet("commission.csv")]
    public async Task<IActionResult> Commission(string? month, CancellationToken ct)
    {
        if (MonthOf(month) is not { } chosen) return Refused();
        var rows = await report.CommissionAsync(chosen.Year, chosen.Month, ct);
        return File(WithholdingCsv.Commission(chosen.Year, chosen.Month, rows), "text/csv", $"phi-san-{chosen:yyyy-MM}.csv");
    }

    private DateOnly? MonthOf(string? month)
    {
        var today = VietnamTime.Today(clock);
        return DateOnly.TryParseExact($"{month}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var chosen)
            && chosen >= FirstMonth && chosen <= new DateOnly(today.Year, today.Month, 1) ? chosen : null;
    }

    private IActionResult Refused()
    {
        var today = VietnamTime.Today(clock);
        TempData["error"] = text.Format("Kỳ kê khai phải là một tháng từ {0} đến {1}.", FirstMonth.ToString("MM/yyyy"), today.ToString("MM/yyyy"));
        return Redirect("/admin/ledger");
    }
}
