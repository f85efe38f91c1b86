using LongAnMarket.Web.Forms;
using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Catalog;
using LongAnMarket.Infrastructure.Compliance;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Sellers;
using LongAnMarket.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Controllers;

/// <summary>A producer's own products: create, edit, publish, unpublish, delete. Another producer's product is never found.</summary>
[Route("seller/products")]
public sealed class SellerProductsController(
    SellerModelFactory sellers, SellerProductModelFactory pages, SellerProductService products, OperatingRules rules, UiText text)
    : ProducerAreaController(sellers)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        await WithProducerAsync(ct, async producerId =>
            View(await pages.ListAsync(producerId, TempData["notice"] as string, TempData["error"] as string, ct)));

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken ct) =>
        await WithProducerAsync(ct, async _ => View("Form", await pages.NewAsync(null, ct)));

    [HttpPost("new")]
    public async Task<IActionResult> New(ProductForm form, CancellationToken ct) =>
        await WithProducerAsync(ct, async producerId =>
        {
            if (ModelState.IsValid)
            {
                try
                {
                    await AcceptRulesAsync(producerId, form, ct);
                    await products.CreateAsync(producerId, form.ToDraft(), ct);
                    TempData["notice"] = text["Đã lưu sản phẩm. Bấm “Đăng bán” khi đã sẵn sàng."];
                    return RedirectToAction(nameof(Index));
                }
                catch (DomainException ex) { ModelState.AddRefusal(text, ex); }
            }
            return View("Form", await pages.NewAsync(form, ct));
        });

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await WithProducerAsync(ct, async producerId =>
            await pages.EditAsync(producerId, id, null, ct) is { } page
                ? View("Form", page with { Notice = TempData["notice"] as string, Error = TempData["error"] as string })
                : NotFound());

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, ProductForm form, CancellationToken ct) =>
        await WithProducerAsync(ct, async producerId =>
        {
            if (ModelState.IsValid)
            {
                try
                {
                    await AcceptRulesAsync(producerId, form, ct);
                    await products.UpdateAsync(producerId, id, form.ToDraft(), ct);
                    TempData["notice"] = text["Đã lưu thay đổi."];
                    return RedirectToAction(nameof(Index));
                }
                catch (DomainException ex) { ModelState.AddRefusal(text, ex); }
            }
            return await pages.EditAsync(producerId, id, form, ct) is { } page ? View("Form", page) : NotFound();
        });

    [HttpPost("{id:int}/images")]
    [RequestSizeLimit(2 * ProductImageProcessor.MaxBytes), RequestFormLimits(MultipartBodyLengthLimit = 2 * ProductImageProcessor.MaxBytes)]
    public Task<IActionResult> AddImage(int id, IFormFile? image, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
        {
            try
            {
                if (image is null || image.Length == 0) throw new DomainException(text["Vui lòng chọn một ảnh."]);
                if (image.Length > ProductImageProcessor.MaxBytes) throw new DomainException(text["Ảnh lớn hơn 5 MB."]);
                using var buffer = new MemoryStream();
                await image.CopyToAsync(buffer, ct);
                await products.AddImageAsync(producerId, id, image.FileName, buffer.ToArray(), ct);
                TempData["notice"] = text["Đã thêm ảnh."];
            }
            catch (DomainException ex) { TempData["error"] = text.Of(ex); }
            return RedirectToAction(nameof(Edit), new { id });
        });

    [HttpPost("{id:int}/images/{imageId:int}/delete")]
    public Task<IActionResult> RemoveImage(int id, int imageId, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
        {
            try
            {
                await products.RemoveImageAsync(producerId, id, imageId, ct);
                TempData["notice"] = text["Đã xoá ảnh."];
            }
            catch (DomainException ex) { TempData["error"] = text.Of(ex); }
            return RedirectToAction(nameof(Edit), new { id });
        });

    /// <summary>Makes a photo the cover, or moves it one place earlier or later.</summary>
    [HttpPost("{id:int}/images/{imageId:int}/move")]
    public Task<IActionResult> MoveImage(int id, int imageId, ImageMove move, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
        {
            try
            {
                if (!Enum.IsDefined(move)) throw new DomainException(text["Không rõ cần chuyển ảnh đi đâu."]);
                await products.MoveImageAsync(producerId, id, imageId, move, ct);
                TempData["notice"] = move == ImageMove.Cover ? text["Đã đặt làm ảnh bìa."] : text["Đã đổi thứ tự ảnh."];
            }
            catch (DomainException ex) { TempData["error"] = text.Of(ex); }
            return RedirectToAction(nameof(Edit), new { id });
        });

    [HttpPost("{id:int}/publish")]
    public Task<IActionResult> Publish(int id, CancellationToken ct) =>
        ActAsync(ct, producerId => products.PublishAsync(producerId, id, ct), text["Đã đăng bán."]);

    [HttpGet("{id:int}/unpublish")]
    public Task<IActionResult> ConfirmUnpublish(int id, [FromServices] MarketDbContext db, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
        {
            var name = await db.Products.Where(p => p.Id == id && p.ProducerId == producerId && !p.IsDeleted && p.IsPublished)
                .Select(p => p.Name).FirstOrDefaultAsync(ct);
            if (name is null) return NotFound();
            return View("Confirm", new ConfirmationModel(text.Format("Ngừng bán “{0}”?", name),
                [text["Khách không còn tìm thấy và đặt mua được sản phẩm này."], text["Các đơn đã đặt vẫn cần được giao như đã hứa."],
                 text["Bạn có thể đăng bán lại bất cứ lúc nào."]],
                text["Ngừng bán"], "/seller/products"));
        });

    [HttpPost("{id:int}/unpublish")]
    public Task<IActionResult> Unpublish(int id, bool confirmed, CancellationToken ct) =>
        !confirmed ? Task.FromResult(this.ToConfirmation())
        : ActAsync(ct, producerId => products.UnpublishAsync(producerId, id, ct), text["Đã ngừng bán sản phẩm."]);

    [HttpPost("{id:int}/delete")]
    public Task<IActionResult> Delete(int id, CancellationToken ct) =>
        ActAsync(ct, producerId => products.DeleteAsync(producerId, id, ct), text["Đã xoá sản phẩm."]);

    /// <summary>The rules version ticked in the form is accepted with the save it came with.</summary>
    private Task AcceptRulesAsync(int producerId, ProductForm form, CancellationToken ct) =>
        form.AcceptRules is { } version ? rules.AcceptAsync(producerId, version, Actor, ct) : Task.CompletedTask;

    private Task<IActionResult> ActAsync(CancellationToken ct, Func<int, Task> action, string done) =>
        WithProducerAsync(ct, async producerId =>
        {
            try
            {
                await action(producerId);
                TempData["notice"] = done;
            }
            catch (DomainException ex) { TempData["error"] = text.Of(ex); }
            return RedirectToAction(nameof(Index));
        });
}
