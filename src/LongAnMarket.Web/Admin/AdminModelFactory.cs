using LongAnMarket.Core.Common;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Web.Sellers;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Admin;

/// <summary>The trade office's pages: counts, the application queue, one producer under review, the audit log.</summary>
public sealed class AdminModelFactory(MarketDbContext db, SellerModelFactory sellers, Compliance.IdentityModelFactory identities)
{
    public const int PageSize = 50;

    public async Task<DashboardModel> DashboardAsync(CancellationToken ct)
    {
        var byStatus = await db.Producers.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return new DashboardModel(
            Enum.GetValues<ProducerStatus>().ToDictionary(s => s, s => byStatus.FirstOrDefault(g => g.Key == s)?.Count ?? 0),
            await db.Products.CountAsync(ct), await db.Products.CountAsync(p => p.IsListed, ct))
        {
            OrdersAwaitingPayment = await db.Orders.CountAsync(o => o.Status == Core.Ordering.OrderStatus.PendingPayment, ct),
            PaymentsToReview = await db.Orders.CountAsync(o => o.Status == Core.Ordering.OrderStatus.PaidNeedsReview, ct),
            TransfersToReview = await db.BankTransfers.CountAsync(t => t.Outcome == Core.Payments.BankTransferOutcome.NeedsReview, ct),
            PartsToShip = await db.SubOrders.CountAsync(s => s.Status == Core.Ordering.SubOrderStatus.Paid || s.Status == Core.Ordering.SubOrderStatus.Processing, ct),
        };
    }

    public async Task<ProducerListModel> ProducersAsync(ProducerStatus? status, string? query, int page, CancellationToken ct)
    {
        var producers = db.Producers.AsNoTracking();
        if (status is { } wanted) producers = producers.Where(p => p.Status == wanted);
        var text = VietnameseText.Clean(query);
        if (text.Length > 0) producers = producers.Where(p => p.Name.Contains(text) || p.TaxCode.StartsWith(text));
        var total = await producers.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        // The queue is worked oldest first; other lists show the newest first.
        var ordered = status == ProducerStatus.Pending ? producers.OrderBy(p => p.Id) : producers.OrderByDescending(p => p.Id);
        var rows = (await ordered.Skip((page - 1) * PageSize).Take(PageSize)
            .Select(p => new { p.Id, p.Name, p.TaxCode, Area = p.OriginArea!.Name, p.Status, p.RegisteredAt }).ToListAsync(ct))
            .ConvertAll(p => new ProducerRowModel(p.Id, p.Name, p.TaxCode, p.Area, p.Status, p.RegisteredAt.ToDateTimeOffset()));
        return new ProducerListModel(status, text.Length > 0 ? text : null, rows, total, page, PageSize);
    }

    public async Task<ProducerReviewModel?> ReviewAsync(int producerId, string? notice, string? error, CancellationToken ct)
    {
        var page = await sellers.BuildAsync(producerId, null, ct);
        if (page is null) return null;
        var details = await db.Producers.AsNoTracking().Where(p => p.Id == producerId)
            .Select(p => new { p.Address, p.Phone, p.Email, p.Description, Area = p.OriginArea!.Name, p.OwnerUserId }).FirstAsync(ct);
        var ownerEmail = details.OwnerUserId is null ? null
            : await db.Users.Where(u => u.Id == details.OwnerUserId).Select(u => u.Email).FirstOrDefaultAsync(ct);
        return new ProducerReviewModel(page, details.Address, details.Phone, details.Email, details.Description, details.Area, ownerEmail, notice, error)
        {
            Identity = await identities.SummaryAsync(producerId, ct),
            Verification = identities.VerificationForm(),
        };
    }

    public async Task<AdminProductListModel> ProductsAsync(string? query, int page, string? notice, string? error, CancellationToken ct)
    {
        page = Math.Max(1, page);
        var products = db.Products.AsNoTracking().Where(p => !p.IsDeleted);
        var text = VietnameseText.Clean(query);
        if (text.Length > 0)
        {
            var folded = VietnameseText.FoldDiacritics(text).ToLowerInvariant();
            products = products.Where(p => p.SortName.Contains(folded));
        }
        var rows = await products.OrderByDescending(p => p.Id).Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(p => new AdminProductRow(p.Id, p.Name, p.Slug, p.Producer!.Name, p.ProducerId, p.IsPublished, p.IsListed))
            .ToListAsync(ct);
        return new AdminProductListModel(text.Length > 0 ? text : null, rows.Take(PageSize).ToList(), page, rows.Count > PageSize, notice, error);
    }

    /// <summary>Status changes and products taken off sale, newest first, one page of each merged.</summary>
    public async Task<AuditPageModel> AuditAsync(int page, CancellationToken ct)
    {
        page = Math.Max(1, page);
        var take = page * PageSize + 1;
        var changes = (await db.ProducerStatusChanges.AsNoTracking().OrderByDescending(c => c.Id).Take(take)
            .Join(db.Producers, c => c.ProducerId, p => p.Id, (c, p) => new { c.At, c.Actor, c.ProducerId, p.Name, c.From, c.To, c.Reason })
            .ToListAsync(ct))
            .Select(r => new AuditEntryModel(r.At.ToDateTimeOffset(), r.Actor, r.ProducerId, r.Name, r.From, r.To, null, r.Reason));
        var moderations = (await db.ProductModerations.AsNoTracking().OrderByDescending(m => m.Id).Take(take)
            .Join(db.Products, m => m.ProductId, p => p.Id, (m, p) => new { m.At, m.Actor, p.ProducerId, Producer = p.Producer!.Name, Product = p.Name, m.Reason })
            .ToListAsync(ct))
            .Select(r => new AuditEntryModel(r.At.ToDateTimeOffset(), r.Actor, r.ProducerId, r.Producer, null, null, r.Product, r.Reason));
        var merged = changes.Concat(moderations).OrderByDescending(e => e.At).Skip((page - 1) * PageSize).Take(PageSize + 1).ToList();
        return new AuditPageModel(merged.Take(PageSize).ToList(), page, merged.Count > PageSize);
    }
}
