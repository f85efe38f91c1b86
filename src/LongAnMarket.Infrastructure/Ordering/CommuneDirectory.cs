using System.Text;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>The communes and wards of the served province: offered at checkout, checked on submit, replaced by an admin's CSV.</summary>
public sealed class CommuneDirectory(MarketDbContext db, IMemoryCache cache, CommuneVersion version)
{
    public const int MaxImportRows = 2000;
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(10);

    public async Task<IReadOnlyList<string>> NamesAsync(string province, CancellationToken ct) =>
        (await ListAsync(province, ct)).Select(c => c.Name).ToList();

    /// <summary>
    /// The province's list, read once per instance every few minutes, and again at once after an import (on any instance
    /// when Redis is configured: the key carries <see cref="CommuneVersion"/>).
    /// </summary>
    private async Task<IReadOnlyList<(string Name, string Folded)>> ListAsync(string province, CancellationToken ct) =>
        await cache.GetOrCreateAsync($"communes:{version.Current}:{province}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return (IReadOnlyList<(string, string)>)(await db.Communes.AsNoTracking().Where(c => c.Province == province).OrderBy(c => c.FoldedName)
                .Select(c => new { c.Name, c.FoldedName }).ToListAsync(ct)).Select(c => (c.Name, c.FoldedName)).ToList();
        }) ?? [];

    /// <summary>
    /// The listed spelling of what was typed ("xa can duoc" → "Xã Cần Đước"), or what was typed when the list does not
    /// have it: the shipped list is a starting list, and a real address is never refused for a gap in it.
    /// </summary>
    public async Task<string> CanonicalAsync(string province, string typed, CancellationToken ct)
    {
        var cleaned = VietnameseText.Clean(typed);
        var folded = VietnameseText.FoldDiacritics(cleaned).ToLowerInvariant();
        return (await ListAsync(province, ct)).FirstOrDefault(c => c.Folded == folded).Name ?? cleaned;
    }

    /// <summary>Loads the list shipped for a province (Seeding/communes-{slug}.csv) when it has none yet.</summary>
    public async Task<int> SeedAsync(string province, CancellationToken ct)
    {
        if (await db.Communes.AnyAsync(c => c.Province == province, ct)) return 0;
        await using var shipped = typeof(CommuneDirectory).Assembly.GetManifestResourceStream($"LongAnMarket.Seeding.communes-{Slug.From(province)}.csv");
        return shipped is null ? 0 : await ImportCsvAsync(province, shipped, ct);
    }

    /// <summary>
    /// Replaces a province's list with a CSV of <c>code,name</c> (header row optional; UTF-8). Every row is checked
    /// before anything changes: one bad row and the old list stays, with the row number in the message.
    /// </summary>
    public async Task<int> ImportCsvAsync(string province, Stream csv, CancellationToken ct)
    {
        using var reader = new StreamReader(csv, new UTF8Encoding(false, throwOnInvalidBytes: true));
        var communes = new List<Commune>();
        var seen = new HashSet<string>();
        string? line;
        var number = 0;
        try
        {
            while ((line = await reader.ReadLineAsync(ct)) is not null)
            {
                number++;
                if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#')) continue;
                var cells = line.Split(',', 2);
                if (cells.Length != 2) throw new DomainException($"Dòng {number}: cần hai cột “mã,tên”.");
                var (code, name) = (cells[0].Trim().Trim('"'), cells[1].Trim().Trim('"'));
                if (code.Equals("code", StringComparison.OrdinalIgnoreCase) || code.Equals("mã", StringComparison.OrdinalIgnoreCase)) continue; // header
                if (!code.All(char.IsAsciiDigit)) throw new DomainException($"Dòng {number}: mã “{code}” chỉ gồm chữ số.");
                Commune commune;
                try { commune = new Commune(province, name, code.Length == 0 ? null : code); }
                catch (DomainException ex) { throw new DomainException($"Dòng {number}: {ex.Reason}"); }
                if (!seen.Add(commune.FoldedName)) throw new DomainException($"Dòng {number}: “{commune.Name}” lặp lại.");
                communes.Add(commune);
                if (communes.Count > MaxImportRows) throw new DomainException($"Tệp có hơn {MaxImportRows} dòng.");
            }
        }
        catch (DecoderFallbackException) { throw new DomainException("Tệp phải được lưu dạng CSV UTF-8."); }
        if (communes.Count == 0) throw new DomainException("Tệp không có xã/phường nào.");
        var imported = await db.InTransactionAsync(async () =>
        {
            await db.Communes.Where(c => c.Province == province).ExecuteDeleteAsync(ct);
            db.Communes.AddRange(communes);
            await db.SaveChangesAsync(ct);
            return communes.Count;
        }, ct);
        return imported;
    }
}
