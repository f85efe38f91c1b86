using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Producers;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>
/// Lots and their records. Every change is one transaction: the entity's rules run, the new record is hashed, linked
/// and signed, and only then is anything saved; a refused change leaves no row and no file behind.
/// </summary>
public sealed class LotService(MarketDbContext db, TraceKeyRing signer, TraceLog log, TraceAttachments attachments,
    IOptions<TraceabilityOptions> options, TimeProvider clock, Ordering.RecallNotices recallNotices)
{
    public async Task<Lot> CreateAsync(int producerId, LotDraft draft, string actor, string siteOrigin, CancellationToken ct = default)
    {
        var producer = await db.Producers.FirstOrDefaultAsync(p => p.Id == producerId, ct) ?? throw new DomainException("Không tìm thấy doanh nghiệp.");
        if (producer.Status is ProducerStatus.Rejected or ProducerStatus.Pending)
            throw new DomainException("Doanh nghiệp cần được duyệt trước khi tạo lô hàng.");
        var variant = await db.ProductVariants.FirstOrDefaultAsync(v => v.Id == draft.VariantId, ct) ?? throw new DomainException("Không tìm thấy quy cách sản phẩm.");
        var product = await db.Products.Include(p => p.Certifications)
            .FirstOrDefaultAsync(p => p.Id == variant.ProductId && p.ProducerId == producerId && !p.IsDeleted, ct)
            ?? throw new DomainException("Không tìm thấy sản phẩm này trong gian hàng của bạn.");
        await EnsureGtinAsync(product, variant, ct);
        var code = LotCode.Parse(draft.Code);
        if (await db.Lots.AnyAsync(l => l.Gtin == variant.Gtin && l.Code == code, ct))
            throw new DomainException($"Quy cách này đã có lô mã “{code}”.");

        var now = Now();
        var lot = new Lot(producer, product, variant, code, draft.ProducedOn, draft.Quantity, draft.Unit, draft.Plot, draft.BestBefore, now);
        var place = await PlaceAsync(producerId, draft.Origin.LocationId, siteOrigin, ct);
        TraceEvent origin;
        if (draft.Inputs is { Count: > 0 } inputs)
        {
            var ids = inputs.Select(i => i.LotId).ToList();
            var inputLots = await db.Lots.Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
            var resolved = inputs.Select(i => (inputLots.GetValueOrDefault(i.LotId) ?? throw new DomainException("Không tìm thấy lô nguyên liệu."), i.Quantity)).ToList();
            origin = lot.Transform(draft.Process ?? "", resolved, draft.Origin.EventTime, place, draft.Origin.Note, actor, now);
        }
        else if (draft.Process is not null) throw new DomainException("Cần ít nhất một lô nguyên liệu đầu vào.");
        else origin = lot.Commission(draft.Origin.EventTime, place, draft.Origin.Note, actor, now);

        var files = await attachments.StoreAsync(origin, draft.Origin.Files, ct);
        await signer.LoadAsync(ct);
        LotSeal.Seal(lot, origin, signer);
        db.Lots.Add(lot);
        await SaveOrUndoAsync(lot, files, ct);
        return lot;
    }

    public async Task<TraceEvent> AppendAsync(int producerId, int lotId, TraceStep step, EventDraft draft, string actor, string siteOrigin, CancellationToken ct = default)
    {
        var lot = await OwnLotAsync(producerId, lotId, ct);
        var place = await PlaceAsync(producerId, draft.LocationId, siteOrigin, ct);
        var appended = lot.Append(step, draft.EventTime, place, draft.Note, draft.InspectionPassed, actor, Now());
        var files = await attachments.StoreAsync(appended, draft.Files, ct);
        await signer.LoadAsync(ct);
        LotSeal.Seal(lot, appended, signer);
        await SaveOrUndoAsync(lot, files, ct);
        return appended;
    }

    public async Task CorrectAsync(int producerId, int lotId, int sequence, EventDraft draft, string reason, string actor, string siteOrigin, CancellationToken ct = default)
    {
        var lot = await OwnLotAsync(producerId, lotId, ct);
        var erroneous = lot.Events.FirstOrDefault(e => e.Sequence == sequence) ?? throw new DomainException("Không tìm thấy sự kiện cần đính chính.");
        var place = await PlaceAsync(producerId, draft.LocationId, siteOrigin, ct);
        var (corrective, declaration) = lot.Correct(erroneous, draft.EventTime, place, draft.Note, draft.InspectionPassed, reason, actor, Now());
        var files = await attachments.StoreAsync(corrective, draft.Files, ct);
        await signer.LoadAsync(ct);
        LotSeal.Seal(lot, corrective, signer);
        LotSeal.Seal(lot, declaration, signer);
        await SaveOrUndoAsync(lot, files, ct);
    }

    /// <summary>A producer recalls its own lot (<paramref name="producerId"/>), or the trade office any lot (null).</summary>
    public async Task RecallAsync(int? producerId, int lotId, string reason, string actor, CancellationToken ct = default)
    {
        var lot = producerId is { } own ? await OwnLotAsync(own, lotId, ct) : await LotWithRecordAsync(lotId, ct);
        var lastPlace = lot.Events.OrderBy(e => e.Sequence).Last(e => !e.IsErrorDeclaration).Place;
        var recall = lot.Recall(reason, lastPlace, actor, Now());
        await signer.LoadAsync(ct);
        LotSeal.Seal(lot, recall, signer);
        await SaveOrUndoAsync(lot, [], ct);
        await recallNotices.NotifyBuyersAsync(lot.Id, lot.Code, recall.Reason ?? reason, ct);
    }

    public async Task<TraceLocation> AddLocationAsync(int producerId, string name, string area, decimal? latitude, decimal? longitude, string? gln, CancellationToken ct = default)
    {
        var location = new TraceLocation(producerId, name, area, latitude, longitude, gln);
        if (await db.TraceLocations.AnyAsync(l => l.ProducerId == producerId && l.Name == location.Name, ct))
            throw new DomainException($"Bạn đã có địa điểm tên “{location.Name}”.");
        db.TraceLocations.Add(location);
        await db.SaveChangesAsync(ct);
        return location;
    }

    /// <summary>The lot with everything its record covers, events in chain order.</summary>
    public Task<Lot?> FindWithRecordAsync(int lotId, CancellationToken ct = default) => WithRecord().FirstOrDefaultAsync(l => l.Id == lotId, ct);

    public IQueryable<Lot> WithRecord() => db.Lots
        .Include(l => l.Events).ThenInclude(e => e.Inputs)
        .Include(l => l.Events).ThenInclude(e => e.Attachments)
        .AsSplitQuery();

    private async Task<Lot> LotWithRecordAsync(int lotId, CancellationToken ct) =>
        await FindWithRecordAsync(lotId, ct) ?? throw new DomainException("Không tìm thấy lô hàng.");

    private async Task<Lot> OwnLotAsync(int producerId, int lotId, CancellationToken ct)
    {
        var lot = await LotWithRecordAsync(lotId, ct);
        return lot.ProducerId == producerId ? lot : throw new DomainException("Không tìm thấy lô hàng này trong gian hàng của bạn.");
    }

    private async Task<TracePlace> PlaceAsync(int producerId, int locationId, string siteOrigin, CancellationToken ct)
    {
        var location = await db.TraceLocations.FirstOrDefaultAsync(l => l.Id == locationId && l.ProducerId == producerId, ct)
            ?? throw new DomainException("Hãy chọn một địa điểm của bạn (thêm địa điểm trong mục Địa điểm).");
        return TracePlace.Of(location, siteOrigin);
    }

    /// <summary>A pack size without its own GTIN gets one under the operator's company prefix, numbered by its id.</summary>
    private async Task EnsureGtinAsync(Product product, ProductVariant variant, CancellationToken ct)
    {
        if (variant.Gtin is not null) return;
        var assigned = Gtin.Assign(options.Value.CompanyPrefix, variant.Id);
        if (await db.ProductVariants.AnyAsync(v => v.Gtin == assigned, ct))
            throw new DomainException($"Mã GTIN {assigned} đã được dùng; hãy nhập mã GTIN riêng cho quy cách này.");
        product.AssignGtin(variant.Id, assigned);
    }

    /// <summary>Saves the sealed records with the log's statement of the lot's new head, in one transaction.</summary>
    private async Task SaveOrUndoAsync(Lot lot, IReadOnlyList<string> storedFiles, CancellationToken ct)
    {
        try { await log.SaveAsync(await log.StateAsync(lot, ct), ct); }
        catch (DbUpdateException)
        {
            await attachments.DeleteAsync(storedFiles);
            throw new DomainException("Lô hàng vừa được cập nhật ở nơi khác. Hãy tải lại trang và thử lại.");
        }
        catch
        {
            await attachments.DeleteAsync(storedFiles);
            throw;
        }
    }

    private DateTimeOffset Now() => VietnamTime.Now(clock);
}
