using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Data;

namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>
/// Advances whenever a lot's record changes through the platform (a lot made, an event appended or corrected, a recall,
/// a transformation that names this lot as its input), so records verified before it are verified again.
/// </summary>
public sealed class TraceVersion : ChangeCounter;

/// <summary>Bumps <see cref="TraceVersion"/> after a SaveChanges that wrote any part of a lot's record.</summary>
internal sealed class TraceChangeInterceptor(TraceVersion version) : ChangeCounterInterceptor(version,
    typeof(Lot), typeof(TraceEvent), typeof(TraceEventInput), typeof(TraceAttachment), typeof(LotCertificate), typeof(TraceLogEntry), typeof(TraceAnchor));
