using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LongAnMarket.Tests.Support;

/// <summary>
/// Counts the SQL commands EF Core sends while serving a request, to catch N+1 queries. Background work (the search
/// indexer, the scan writer) has no HttpContext and is not counted.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private static readonly HttpContextAccessor Requests = new(); // reads the ambient (async-local) request
    private int _count;
    public int Count => Volatile.Read(ref _count);
    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count1();
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count1();
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count1();
        return base.ReaderExecuting(command, eventData, result);
    }

    private void Count1()
    {
        if (Requests.HttpContext is not null) Interlocked.Increment(ref _count);
    }
}
