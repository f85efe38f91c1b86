using System.Text.Json;
using LongAnMarket.Infrastructure.Catalog;
using LongAnMarket.Infrastructure.Compliance;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Web.Accounts;
using LongAnMarket.Web.Compliance;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

/// <summary>
/// What the trade office hands an authority about one seller: everything as JSON, or its listing history and its
/// transactions as CSV for a spreadsheet.
/// </summary>
[Authorize(Roles = MarketRoles.Admin), TypeFilter<RequireTwoFactorForAdmins>, Route("admin/producers/{id:int}")]
public sealed class AdminExportController(AuthorityExport exports) : Controller
{
    [HttpGet("export.json")]
    public async Task<IActionResult> Json(int id, CancellationToken ct) =>
        await exports.ProducerAsync(id, ct) is { } export
            ? File(JsonSerializer.SerializeToUtf8Bytes(export, ListingHistory.Json), "application/json", $"doanh-nghiep-{id}.json")
            : NotFound();

    [HttpGet("listings.csv")]
    public async Task<IActionResult> Listings(int id, CancellationToken ct) =>
        await exports.ProducerAsync(id, ct) is { } export
            ? File(Csv.Write(["product_id", "version", "recorded_at_utc", "name", "category", "packs", "ocop_stars", "certificates", "photos", "sha256"],
                export.Listings.Select(l => new object?[]
                {
                    l.ProductId, l.Version, l.RecordedAtUtc, l.Listing.Name, l.Listing.Category,
                    string.Join("; ", l.Listing.Packs.Select(p => $"{p.PackSize}: {p.PriceDong} ₫")), l.Listing.OcopStars,
                    string.Join("; ", l.Listing.Certificates.Select(c => $"{c.Kind} {c.Number}")),
                    string.Join("; ", l.Listing.Photos.Select(p => p.Sha256 ?? p.Path)), l.Sha256,
                })), "text/csv", $"doanh-nghiep-{id}-tin-dang.csv")
            : NotFound();

    [HttpGet("transactions.csv")]
    public async Task<IActionResult> Transactions(int id, CancellationToken ct) =>
        await exports.ProducerAsync(id, ct) is { } export
            ? File(Csv.Write(["order", "placed_at_utc", "order_status", "seller_status", "product_id", "product", "pack_size", "unit_price_dong", "quantity", "line_dong"],
                export.Transactions.Select(t => new object?[]
                {
                    t.OrderCode, t.PlacedAtUtc, t.OrderStatus, t.SubOrderStatus, t.ProductId, t.ProductName, t.PackSize, t.UnitPriceDong, t.Quantity, t.LineDong,
                })), "text/csv", $"doanh-nghiep-{id}-giao-dich.csv")
            : NotFound();
}
