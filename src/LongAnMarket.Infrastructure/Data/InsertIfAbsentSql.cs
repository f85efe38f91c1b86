using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Data;

/// <summary>
/// An INSERT that does nothing when the row's key exists already: instances starting together make the same row
/// (a job's lease, a shared value), and the one that comes second is not an error worth a log line.
/// </summary>
public static class InsertIfAbsentSql
{
    /// <summary>Returns 1 when this call made the row, 0 when it was there.</summary>
    public static Task<int> InsertIfAbsentAsync(this MarketDbContext db, string table, IReadOnlyList<string> columns, object?[] values, CancellationToken ct)
    {
        var verb = db.Database.IsSqlite() ? "INSERT OR IGNORE" : "INSERT IGNORE";
        var sql = $"{verb} INTO `{table}` ({string.Join(", ", columns.Select(c => $"`{c}`"))}) " +
                  $"VALUES ({string.Join(", ", columns.Select((_, i) => "{" + i + "}"))})";
        return db.Database.ExecuteSqlRawAsync(sql, values!, ct);
    }

    public static int InsertIfAbsent(this MarketDbContext db, string table, IReadOnlyList<string> columns, object?[] values) =>
        db.InsertIfAbsentAsync(table, columns, values, CancellationToken.None).GetAwaiter().GetResult();
}
