using LongAnMarket.Core.Catalog;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Web.Accounts;
using LongAnMarket.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Controllers;

public sealed record AdminCategoryRow(int Id, string Name, LabelField Required, CertificateRequirement Certificates, int Listed, bool Perishable);

public sealed record AdminCategoriesModel(IReadOnlyList<AdminCategoryRow> Categories, string? Notice);

/// <summary>
/// The trade office chooses, category by category, which label contents a listing must show before it is published
/// and which certificates it needs while on sale.
/// </summary>
[Authorize(Roles = MarketRoles.Admin), TypeFilter<RequireTwoFactorForAdmins>, Route("admin/categories")]
public sealed class AdminCategoriesController(MarketDbContext db, UiText text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var rows = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new AdminCategoryRow(c.Id, c.Name, c.RequiredLabelFields, c.RequiredCertificates, db.Products.Count(p => p.CategoryId == c.Id && p.IsListed), c.Perishable))
            .ToListAsync(ct);
        return View(new AdminCategoriesModel(rows, TempData["notice"] as string));
    }

    /// <summary>
    /// Saves one category's required label fields and certificates. Listings already on sale keep their label until
    /// their next save or publish; one that lacks a newly required certificate goes off sale at the next daily run.
    /// </summary>
    [HttpPost("{id:int}")]
    public async Task<IActionResult> Save(int id, List<LabelField>? required, List<CertificateRequirement>? certificates, bool perishable, CancellationToken ct)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (category is null) return NotFound();
        category.RequireLabelFields((required ?? []).Where(f => LabelFields.InOrder.Contains(f)).Aggregate(LabelField.None, (all, f) => all | f));
        category.RequireCertificates((certificates ?? []).Where(c => CertificateRequirements.InOrder.Contains(c))
            .Aggregate(CertificateRequirement.None, (all, c) => all | c));
        category.MarkPerishable(perishable);
        await db.SaveChangesAsync(ct);
        TempData["notice"] = text.Format("Đã lưu các mục bắt buộc cho danh mục “{0}”.", category.Name);
        return RedirectToAction(nameof(Index));
    }
}
