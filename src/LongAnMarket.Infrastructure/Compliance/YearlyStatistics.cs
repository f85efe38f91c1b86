using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Compliance;

/// <summary>One figure of the yearly report: a stable key, what it counts in words, and its value.</summary>
public sealed record StatisticsFigure(string Key, string Description, long Value);

/// <summary>
/// The figures a platform reports to the Ministry of Industry and Trade for a calendar year (Vietnam time): sellers,
/// listings, orders and their value, and the reports and requests the office handled.
/// </summary>
public sealed class YearlyStatistics(MarketDbContext db)
{
    public const int FirstYear = 2020;

    public async Task<IReadOnlyList<StatisticsFigure>> ForYearAsync(int year, CancellationToken ct)
    {
        if (year is < FirstYear or > 9998) throw new DomainException($"Năm báo cáo phải từ {FirstYear} trở đi.");
        var start = VietnamTime.At(new DateOnly(year, 1, 1), 0).UtcDateTime;
        var end = VietnamTime.At(new DateOnly(year + 1, 1, 1), 0).UtcDateTime;

        var registered = await db.Producers.Where(p => p.RegisteredAt.Utc < end).Select(p => new { p.Id, p.Status, At = p.RegisteredAt.Utc }).ToListAsync(ct);
        var changes = await db.ProducerStatusChanges.Where(c => c.At.Utc < end).Select(c => new { c.ProducerId, c.To, c.Id, At = c.At.Utc }).ToListAsync(ct);
        var statusAtEnd = changes.GroupBy(c => c.ProducerId).ToDictionary(g => g.Key, g => g.OrderBy(c => c.At).ThenBy(c => c.Id).Last().To);
        var approvedAtEnd = registered.Count(p => (statusAtEnd.TryGetValue(p.Id, out var s) ? s : p.Status) == ProducerStatus.Approved);

        var versions = db.ListingVersions.Where(v => v.RecordedAtUtc >= start && v.RecordedAtUtc < end);
        var orders = db.Orders.Where(o => o.PlacedAtUtc >= start && o.PlacedAtUtc < end);
        var paid = orders.Where(o => o.Status == OrderStatus.Paid || o.Status == OrderStatus.Completed);

        return
        [
            new("producers_registered_total", "Người bán đã đăng ký tính đến cuối năm", registered.Count),
            new("producers_registered_in_year", "Người bán đăng ký mới trong năm", registered.Count(p => p.At >= start)),
            new("producers_approved_at_year_end", "Người bán đang được phép bán vào cuối năm", approvedAtEnd),
            new("listings_published_in_year", "Sản phẩm có tin đăng hiển thị trong năm", await versions.Select(v => v.ProductId).Distinct().CountAsync(ct)),
            new("listing_versions_in_year", "Phiên bản tin đăng được lưu trong năm", await versions.CountAsync(ct)),
            new("orders_placed", "Đơn hàng được đặt", await orders.CountAsync(ct)),
            new("orders_paid", "Đơn hàng đã thanh toán", await paid.CountAsync(ct)),
            new("orders_paid_value_dong", "Giá trị đơn hàng đã thanh toán (đồng)", await paid.SumAsync(o => (long?)o.TotalDong, ct) ?? 0),
            new("orders_not_paid", "Đơn hàng bị huỷ hoặc hết hạn thanh toán",
                await orders.CountAsync(o => o.Status == OrderStatus.Cancelled || o.Status == OrderStatus.Expired, ct)),
            new("counterfeit_reports", "Phản ánh nghi hàng giả từ người tiêu dùng",
                await db.CounterfeitReports.CountAsync(r => r.ReportedAtUtc >= start && r.ReportedAtUtc < end, ct)),
            new("authority_requests", "Yêu cầu của cơ quan chức năng đã nhận",
                await db.AuthorityRequests.CountAsync(r => r.ReceivedOn >= new DateOnly(year, 1, 1) && r.ReceivedOn <= new DateOnly(year, 12, 31), ct)),
        ];
    }
}
