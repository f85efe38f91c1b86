using LongAnMarket.Web.Forms;
using System.Security.Claims;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Files;
using LongAnMarket.Infrastructure.Catalog;
using LongAnMarket.Infrastructure.Compliance;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Infrastructure.Producers;
using LongAnMarket.Web.Accounts;
using LongAnMarket.Web.Factories;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Sellers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Controllers;

/// <summary>The producer's side: apply for a business, follow the application, and (once approved) manage it.</summary>
[Authorize, Route("seller")]
public sealed class SellerController(
    SellerModelFactory pages, ProducerApplicationService applications, ReferenceData reference, UserManager<MarketUser> users,
    SignInManager<MarketUser> signIn, OperatingRules rules, UiText text) : Controller
{
    private const long MaxUploadBytes = ProducerApplicationService.MaxDocuments * DocumentFormat.MaxBytes + 1024 * 1024;

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var producerId = await pages.ProducerIdOfAsync(UserId, ct);
        if (producerId is null) return RedirectToAction(nameof(Apply));
        return View(await pages.BuildAsync(producerId.Value, TempData["notice"] as string, ct));
    }

    /// <summary>The business's own photo for its public page; a refusal stands beside the photo field.</summary>
    [HttpPost("photo"), RequestSizeLimit(ProductImageProcessor.MaxBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = ProductImageProcessor.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Photo(IFormFile? photo, [FromServices] ProducerPhotoService photos, CancellationToken ct)
    {
        var producerId = await pages.ProducerIdOfAsync(UserId, ct);
        if (producerId is null) return RedirectToAction(nameof(Apply));
        if (photo is null || photo.Length == 0) ModelState.AddModelError("Photo", text["Hãy chọn một ảnh."]);
        else
        {
            try
            {
                using var buffer = new MemoryStream();
                await photo.CopyToAsync(buffer, ct);
                await photos.SetAsync(producerId.Value, photo.FileName, buffer.ToArray(), ct);
                TempData["notice"] = text["Đã cập nhật ảnh của doanh nghiệp."];
                return RedirectToAction(nameof(Index));
            }
            catch (DomainException ex) { ModelState.AddRefusal(text, ex); }
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Index), await pages.BuildAsync(producerId.Value, null, ct));
    }

    [HttpGet("apply")]
    public async Task<IActionResult> Apply(CancellationToken ct)
    {
        if (await pages.ProducerIdOfAsync(UserId, ct) is not null) return RedirectToAction(nameof(Index));
        var user = await users.GetUserAsync(User);
        return View(await ApplicationPageAsync(new ApplicationForm { ContactEmail = user?.Email ?? "" }, ct));
    }

    [HttpPost("apply"), EnableRateLimiting(RateLimits.AccountForms)]
    [RequestSizeLimit(MaxUploadBytes), RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
    public async Task<IActionResult> Apply(ApplicationForm form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var files = form.Documents.Select(f => new UploadedFile(f.FileName, f.Length, f.OpenReadStream)).ToList();
                await applications.ApplyAsync(UserId, new ProducerApplication(form.BusinessName, form.TaxNumber, form.OriginAreaId,
                    form.Address, form.Phone, form.ContactEmail, form.Description ?? "", form.ToDraft(), form.AcceptRules), files, ct);
                var user = await users.GetUserAsync(User);
                if (user is not null && !await users.IsInRoleAsync(user, MarketRoles.Producer))
                {
                    await users.AddToRoleAsync(user, MarketRoles.Producer);
                    await signIn.RefreshSignInAsync(user);
                }
                TempData["notice"] = text["Đã nhận hồ sơ. Ban quản lý sàn sẽ xem xét và báo kết quả qua email."];
                return RedirectToAction(nameof(Index));
            }
            catch (DomainException ex)
            {
                ModelState.AddRefusal(text, ex);
            }
        }
        return View(await ApplicationPageAsync(form, ct));
    }

    private async Task<ApplicationPageModel> ApplicationPageAsync(ApplicationForm form, CancellationToken ct) =>
        new(form, await reference.AreasAsync(ct), (await rules.InForceAsync(ct))?.Number);

    /// <summary>
    /// A document of the signed-in account's own application, as a download (never rendered inline). Anyone else,
    /// signed in or not, is told it does not exist: not even a sign-in page confirms that a document has that number.
    /// </summary>
    [HttpGet("documents/{id:int}"), AllowAnonymous]
    public async Task<IActionResult> Document(int id, [FromServices] MarketDbContext db, [FromServices] IPrivateFileStore files, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return NotFound();
        var producerId = await pages.ProducerIdOfAsync(UserId, ct);
        var document = await db.ProducerDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (document is null || (document.ProducerId != producerId && !(User.IsInRole(MarketRoles.Admin) && RequireTwoFactorForAdmins.PassedTwoFactor(User)))) return NotFound();
        var stream = await files.OpenReadAsync(document.StorageKey, ct);
        if (stream is null) return NotFound();
        // Named by its number and the type read from its bytes at upload, never by the uploader's name or extension.
        Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        return File(stream, document.ContentType, $"document-{document.Id}.{DownloadExtension(document.ContentType)}");
    }

    private static string DownloadExtension(string contentType) => contentType switch
    {
        "application/pdf" => "pdf",
        "image/jpeg" => "jpg",
        "image/png" => "png",
        _ => "bin",
    };
}
