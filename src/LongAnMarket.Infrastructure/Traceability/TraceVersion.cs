using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>
/// Advances whenever a lot's record changes through the platform (a lot made, an event appended or corrected, a recall,
/// a transformation that names this lot as its input), so records verified before it are verified again.
/// </summary>
public sealed class TraceVersion
{
    private long _value;

    public long Current => Volatile.Read(ref _value);

    public void Bump() => Interlocked.Increment(ref _value);
}

/// <summary>Bumps <see cref="TraceVersion"/> after a SaveChanges that wrote any part of a lot's record.</summary>
internal sealed class TraceChangeInterceptor(TraceVersion version) : SaveChangesObserver
{
    private static readonly HashSet<Type> RecordTypes =
        [typeof(Lot), typeof(TraceEvent), typeof(TraceEventInput), typeof(TraceAttachment), typeof(LotCertificate)];

    protected override bool Inspect(DbContext context) => context.ChangeTracker.Entries().Any(e =>
        e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && RecordTypes.Contains(e.Metadata.ClrType));

    protected override void Saved(DbContext context) => version.Bump();
}
