using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace LongAnMarket.Infrastructure.Data;

/// <summary>
/// Plain SQL for the hottest reads, past EF Core's LINQ pipeline but through its connection, logging and interceptors.
/// The SQL names the model's tables and columns and must be accepted by SQLite and MariaDB alike.
/// </summary>
public static class RawSql
{
    /// <summary>Runs SQL whose {0}, {1}… become parameters; the reader closes the connection when disposed.</summary>
    public static Task<RelationalDataReader> ReadAsync(this MarketDbContext db, string sql, object?[] parameters, CancellationToken ct)
    {
        var command = db.GetService<IRawSqlCommandBuilder>().Build(sql, parameters!);
        return command.RelationalCommand.ExecuteReaderAsync(new RelationalCommandParameterObject(db.GetService<IRelationalConnection>(),
            command.ParameterValues, null, db, db.GetService<IRelationalCommandDiagnosticsLogger>()), ct);
    }
}
