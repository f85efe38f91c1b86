using LongAnMarket.Tests.Support;
using System.Text.RegularExpressions;
using LongAnMarket.Web.Localization;

namespace LongAnMarket.Tests.Web;

public sealed partial class LocalizationTests
{
    [Fact]
    public void Should_have_an_english_text_for_every_phrase_the_views_and_controllers_show()
    {
        var phrases = Sources("LongAnMarket.Web", "*.cs*")
            .SelectMany(source => Phrase().Matches(source).Select(m => m.Groups["text"].Value))
            .Distinct().ToList();

        Assert.True(phrases.Count > 50, $"only {phrases.Count} phrases found: is the pattern still right?");
        Assert.Empty(new UiText().UntranslatedOf(phrases));
    }

    [Fact]
    public void Should_have_an_english_text_for_every_validation_message_on_a_form()
    {
        var messages = Sources("LongAnMarket.Web", "*.cs")
            .SelectMany(source => ErrorMessage().Matches(source).Select(m => m.Groups["text"].Value))
            .ToList();

        Assert.True(messages.Count > 40, $"only {messages.Count} ErrorMessage texts found: is the pattern still right?");
        var defaults = DefaultValidationMessages.ByAttribute.Values.Append(DefaultValidationMessages.LengthBetween);
        Assert.Empty(new UiText().UntranslatedOf(messages.Concat(defaults).Distinct()));
    }

    [Fact]
    public void Should_have_an_english_text_for_every_domain_message_and_every_field_it_names()
    {
        var sources = new[] { "LongAnMarket.Core", "LongAnMarket.Infrastructure", "LongAnMarket.Web" }
            .SelectMany(project => Sources(project, "*.cs")).ToList();
        var templates = sources
            .SelectMany(source => DomainText().Matches(source).Select(m => TemplateOf(m.Groups["part"].Captures.Select(c => c.Value))))
            .ToList();
        var fields = sources.SelectMany(source => FieldName().Matches(source).Select(m => m.Groups["field"].Value)).ToList();

        Assert.True(templates.Count > 200, $"only {templates.Count} domain messages found: is the pattern still right?");
        Assert.True(fields.Count > 15, $"only {fields.Count} field names found: is the pattern still right?");
        Assert.Empty(new UiText().UntranslatedOf(templates.Concat(fields).Distinct()));
    }

    /// <summary>What <c>DomainMessageHandler</c> records for these string parts: each hole becomes {0}, {1}… keeping its format.</summary>
    private static string TemplateOf(IEnumerable<string> parts)
    {
        var number = 0;
        return string.Concat(parts.Select(part => part.StartsWith('$')
            ? Hole().Replace(part[2..^1], hole => hole.Value is "{{" or "}}" ? hole.Value : $"{{{number++}{hole.Groups["format"].Value}}}")
            : part[1..^1]));
    }

    private static IEnumerable<string> Sources(string project, string pattern)
    {
        var folder = Path.Combine(Repository.Root, "src", project);
        return Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(File.ReadAllText);
    }


    [GeneratedRegex(@"(?:\bT\[|\bT\.Format\(|\btext\[|\btext\.Format\(|notices\.Add\()""(?<text>[^""]+)""")]
    private static partial Regex Phrase();

    [GeneratedRegex(@"\bErrorMessage = ""(?<text>[^""]+)""")]
    private static partial Regex ErrorMessage();

    /// <summary><c>DomainException("…")</c>, <c>DomainMessage($"…")</c>, and interpolated parts joined with +.</summary>
    [GeneratedRegex(@"\b(?:DomainException|DomainMessage)\(\s*(?<part>\$?""[^""\r\n]*"")(?:\s*\+\s*(?<part>\$?""[^""\r\n]*""))*\s*\)")]
    private static partial Regex DomainText();

    /// <summary>A hole such as {stock}, {Vnd.Format(balance)} or {PayBy:HH:mm dd/MM}; "{{" and "}}" are literal braces.</summary>
    [GeneratedRegex(@"\{\{|\}\}|\{(?:[^{}():]|\([^()]*\))+(?<format>:[^{}]*)?\}")]
    private static partial Regex Hole();

    /// <summary>The field a domain message names: <c>Required(name, 200, "Tên doanh nghiệp")</c>, <c>Gs1Value.Parse(code, "Mã lô")</c>.</summary>
    [GeneratedRegex(@"\(\s*[\w.]+,\s*\d+,\s*""(?<field>[^""]+)""\)|\b(?:Valid|Gs1Value\.Parse)\(\s*\w+,\s*""(?<field>[^""]+)""\)")]
    private static partial Regex FieldName();
}
