namespace LongAnMarket.Tests.Instances;

/// <summary>
/// The multi-process suites start five app processes between them: they run on their own, after the rest, so neither
/// they nor the in-process tests wait on two cores shared with the other.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class InstancesCollection
{
    public const string Name = "Several app processes";
}
