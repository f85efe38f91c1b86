using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Data;

namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>Advances when a province's list of communes is replaced, so every instance reads the new list at once.</summary>
public sealed class CommuneVersion : ChangeCounter;

/// <summary>Bumps <see cref="CommuneVersion"/> after a saved (and committed) change to the commune list.</summary>
internal sealed class CommuneChangeInterceptor(CommuneVersion version) : ChangeCounterInterceptor(version, typeof(Commune));
