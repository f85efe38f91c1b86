namespace LongAnMarket.Infrastructure.Instances;

/// <summary>
/// This app process among the instances sharing one database: <c>Hosting:InstanceName</c> when set, otherwise the
/// machine's name and process ID. It names who holds a job's lease and whose search index is behind.
/// </summary>
public sealed class InstanceIdentity(string name)
{
    public string Name { get; } = name;

    public static InstanceIdentity From(string? configured) => new(configured is { Length: > 0 }
        ? configured.Trim()
        : $"{Environment.MachineName}-{Environment.ProcessId}");

    public override string ToString() => Name;
}
