using LongAnMarket.Web.Forms;
using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Catalog;
using LongAnMarket.Infrastructure.Traceability;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Sellers;
using LongAnMarket.Web.Traceability;
using LongAnMarket.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Controllers;

/// <summary>A producer's lots: create, append events, correct, recall, print labels and stickers, watch scans.</summary>
[Route("seller/lots")]
public sealed class SellerLotsController(SellerModelFactory sellers, SellerLotModelFactory pages, LotService lots,
    SerialService serials, SiteUrls urls, UiText text) : ProducerAreaController(sellers)
{
    private const long MaxUpload = TraceAttachmentLimits.RequestBytes;

    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken ct) =>
        WithProducerAsync(ct, async producerId => View(await pages.ListAsync(producerId, TempData["notice"] as string, TempData["error"] as string, ct)));

    [HttpGet("new")]
    public Task<IActionResult> New(CancellationToken ct) =>
        WithProducerAsync(ct, async producerId => View(await pages.NewAsync(producerId, null, ct)));

    [HttpPost("new"), RequestSizeLimit(MaxUpload), RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
    public Task<IActionResult> New(LotForm form, List<IFormFile>? files, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
        {
            if (ModelState.IsValid)
            {
                try
                {
                    var lot = await lots.CreateAsync(producerId, form.ToLotDraft(await ReadAsync(files, ct)), Actor, urls.Origin, ct);
                    TempData["notice"] = text["Đã tạo lô hàng và ký số sự kiện đầu tiên."];
                    return RedirectToAction(nameof(Details), new { id = lot.Id });
                }
                catch (DomainException ex) { ModelState.AddRefusal(text, ex); }
            }
            return View(await pages.NewAsync(producerId, form, ct));
        });

    [HttpGet("{id:int}")]
    public Task<IActionResult> Details(int id, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
            await pages.DetailAsync(producerId, id, TempData["notice"] as string, TempData["error"] as string, ct) is { } page ? View(page) : NotFound());

    [HttpPost("{id:int}/events"), RequestSizeLimit(MaxUpload), RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
    public Task<IActionResult> AddEvent(int id, EventForm form, List<IFormFile>? files, CancellationToken ct) =>
        ActAsync(id, ct, async producerId =>
        {
            RequireValid();
            await lots.AppendAsync(producerId, id, form.Step, form.ToDraft(await ReadAsync(files, ct)), Actor, urls.Origin, ct);
        }, text["Đã thêm sự kiện."], section: "add-event");

    [HttpPost("{id:int}/events/{sequence:int}/correct"), RequestSizeLimit(MaxUpload), RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
    public Task<IActionResult> Correct(int id, int sequence, CorrectionForm form, List<IFormFile>? files, CancellationToken ct) =>
        ActAsync(id, ct, async producerId =>
        {
            RequireValid();
            await lots.CorrectAsync(producerId, id, sequence, form.ToDraft(await ReadAsync(files, ct)), form.Reason ?? "", Actor, urls.Origin, ct);
        }, text["Đã ghi đính chính. Sự kiện cũ vẫn hiển thị, bị gạch ngang."]);

    [HttpGet("{id:int}/recall")]
    public Task<IActionResult> ConfirmRecall(int id, [FromServices] MarketDbContext db, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
        {
            var lot = await db.Lots.Where(l => l.Id == id && l.ProducerId == producerId && l.RecalledAtUtc == null)
                .Select(l => new { l.ProductName, l.Code }).FirstOrDefaultAsync(ct);
            if (lot is null) return NotFound();
            return View("Confirm", RecallConfirmation(text, lot.ProductName, lot.Code, $"/seller/lots/{id}") with { Error = TempData["error"] as string });
        });

    /// <summary>What recalling a lot does, the same whoever recalls it.</summary>
    internal static ConfirmationModel RecallConfirmation(UiText text, string product, string code, string cancelUrl) =>
        new(text.Format("Thu hồi lô {0} của “{1}”?", code, product),
            [text["Trang nguồn gốc của lô và mọi tem của lô hiện cảnh báo đỏ: đừng sử dụng sản phẩm."], text["Lô không còn được bán trên sàn."],
             text["Những khách đã mua lô này được báo qua email."],
             text["Không thể hoàn tác: việc thu hồi được ghi vào hồ sơ có chữ ký số của lô."]],
            text["Thu hồi lô này"], cancelUrl)
        {
            Fields = [new ConfirmationField("Reason", text["Lý do thu hồi (hiện trên trang nguồn gốc)"], Multiline: true)],
        };

    [HttpPost("{id:int}/recall")]
    public Task<IActionResult> Recall(int id, RecallForm form, bool confirmed, CancellationToken ct) =>
        !confirmed ? Task.FromResult(this.ToConfirmation()) : ActAsync(id, ct, async producerId =>
        {
            RequireValid();
            await lots.RecallAsync(producerId, id, form.Reason ?? "", Actor, ct);
        }, text["Đã thu hồi lô hàng. Trang nguồn gốc hiện cảnh báo thu hồi."]);

    [HttpPost("{id:int}/serials")]
    public Task<IActionResult> RequestSerials(int id, int count, CancellationToken ct) =>
        ActAsync(id, ct, producerId => serials.RequestAsync(producerId, id, count, Actor, ct),
            text["Đang tạo tem sê-ri; tiến độ hiện bên dưới."]);

    [HttpGet("{id:int}/labels")]
    public Task<IActionResult> Labels(int id, int count, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
            await pages.LotLabelsAsync(producerId, id, count <= 0 ? SellerLotModelFactory.LabelsPerPage : count, ct) is { } sheet
                ? View("Labels", sheet) : NotFound());

    [HttpGet("{id:int}/serials/{batchId:int}/labels")]
    public Task<IActionResult> SerialLabels(int id, int batchId, int page, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
            await pages.SerialLabelsAsync(producerId, id, batchId, page, ct) is { } sheet ? View("Labels", sheet) : NotFound());

    private void RequireValid()
    {
        if (!ModelState.IsValid)
            throw new DomainException(ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).FirstOrDefault(m => m.Length > 0)
                ?? text["Dữ liệu gửi lên không hợp lệ."]);
    }

    private static async Task<IReadOnlyList<UploadedFile>> ReadAsync(List<IFormFile>? files, CancellationToken ct)
    {
        var read = new List<UploadedFile>();
        foreach (var file in files?.Where(f => f.Length > 0) ?? [])
        {
            if (file.Length > ProductImageProcessor.MaxBytes) throw new DomainException($"Tệp “{file.FileName}” lớn hơn 5 MB.");
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            read.Add(new UploadedFile(file.FileName, buffer.ToArray()));
        }
        return read;
    }
}
