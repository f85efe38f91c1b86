namespace LongAnMarket.Core.Search;

/// <summary>
/// One batch of the search outbox, for the engine to store at once.
/// </summary>
/// <param name="Listed">Products as they stand now, read from the database after the outbox held row <paramref name="Version"/>.</param>
/// <param name="Unlisted">Products no longer shown.</param>
/// <param name="Version">The newest outbox row when the products were read: a copy carrying a lower one is older and never
/// replaces it (Elasticsearch external versioning), so instances or restarts applying rows out of order cannot go back in time.</param>
/// <param name="From">The index's position the batch was read after.</param>
/// <param name="Through">The outbox row through which every change is now applied: the index's new position.</param>
public sealed record SearchChanges(IReadOnlyCollection<SearchDocument> Listed, IReadOnlyCollection<int> Unlisted, long Version, long From, long Through)
{
    public bool IsEmpty => Listed.Count == 0 && Unlisted.Count == 0;
}
