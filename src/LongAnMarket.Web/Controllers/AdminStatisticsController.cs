using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Compliance;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Web.Accounts;
using LongAnMarket.Web.Compliance;
using LongAnMarket.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

/// <summary>The yearly statistics for the Ministry of Industry and Trade, for a chosen year, as CSV.</summary>
[Authorize(Roles = MarketRoles.Admin), TypeFilter<RequireTwoFactorForAdmins>, Route("admin/statistics")]
public sealed class AdminStatisticsController(YearlyStatistics statistics, UiText text, TimeProvider clock) : Controller
{
    [HttpGet("report.csv")]
    public async Task<IActionResult> Report(string? year, CancellationToken ct)
    {
        var thisYear = VietnamTime.Today(clock).Year;
        if (!int.TryParse(year, out var chosen) || chosen < YearlyStatistics.FirstYear || chosen > thisYear)
        {
            TempData["error"] = text.Format("Năm báo cáo phải là một năm từ {0} đến {1}.", YearlyStatistics.FirstYear, thisYear);
            return Redirect("/admin/requests#statistics");
        }
        var figures = await statistics.ForYearAsync(chosen, ct);
        return File(Csv.Write(["year", "metric", "description", "value"], figures.Select(f => new object?[] { chosen, f.Key, f.Description, f.Value })),
            "text/csv", $"thong-ke-nam-{chosen}.csv");
    }
}
