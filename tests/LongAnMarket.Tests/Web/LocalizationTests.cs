using System.Text.RegularExpressions;
using LongAnMarket.Web.Localization;

namespace LongAnMarket.Tests.Web;

public sealed partial class LocalizationTests
{
    [Fact]
    public void Should_have_an_english_text_for_every_phrase_the_views_and_controllers_show()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "LongAnMarket.Web");
        var phrases = Directory.EnumerateFiles(web, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .SelectMany(f => Phrase().Matches(File.ReadAllText(f)).Select(m => m.Groups["text"].Value))
            .Distinct().ToList();

        Assert.True(phrases.Count > 50, $"only {phrases.Count} phrases found: is the pattern still right?");
        Assert.Empty(new UiText().UntranslatedOf(phrases));
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "LongAnMarket.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("LongAnMarket.sln not found above the test output.");
    }

    [GeneratedRegex(@"(?:\bT\[|\bT\.Format\(|\btext\[|notices\.Add\()""(?<text>[^""]+)""")]
    private static partial Regex Phrase();
}
