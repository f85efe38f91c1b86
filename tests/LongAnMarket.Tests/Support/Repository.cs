namespace LongAnMarket.Tests.Support;

/// <summary>The checked-out repository the tests run from, for tests that read its committed files.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "LongAnMarket.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("LongAnMarket.sln not found above the test output.");
    }
}
