using System.Globalization;
using System.Text.Json;
using LongAnMarket.Core.Common;

namespace LongAnMarket.Web.Localization;

/// <summary>
/// The interface text. Vietnamese is written in the views; en.json maps it to English.
/// A phrase without a translation shows in Vietnamese rather than as a key.
/// </summary>
public sealed class UiText
{
    private readonly IReadOnlyDictionary<string, string> _english;

    public UiText()
    {
        using var stream = typeof(UiText).Assembly.GetManifestResourceStream("LongAnMarket.Web.Localization.en.json")
            ?? throw new InvalidOperationException("Localization/en.json is not embedded.");
        _english = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public string this[string vietnamese] =>
        IsEnglish && _english.TryGetValue(vietnamese, out var english) ? english : vietnamese;

    /// <summary>A noun meant as many ("Nhà sản xuất" over a list): Vietnamese does not mark it, English does ("Producers").</summary>
    public string Plural(string vietnamese) =>
        IsEnglish && _english.TryGetValue(vietnamese + PluralKey, out var english) ? english : this[vietnamese];

    public const string PluralKey = "|plural";

    public string Format(string vietnamese, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, this[vietnamese], args);

    /// <summary>What a broken domain rule says, in the interface language.</summary>
    public string Of(DomainException refusal) => Of(refusal.Reason);

    /// <summary>Who did something, as a person reads it: the platform's own jobs are "hệ thống" (system), people their name.</summary>
    public string Actor(string actor) => actor == LongAnMarket.Core.Producers.ProducerStatusChange.SystemActor ? this["hệ thống"] : actor;

    /// <summary>The message's template translated and filled in; arguments that are messages themselves are translated too.</summary>
    public string Of(DomainMessage message) =>
        !IsEnglish ? message.Text
        : message.Arguments.Count == 0 ? this[message.Template]
        : string.Format(CultureInfo.CurrentCulture, this[message.Template], [.. message.Arguments.Select(a => a is DomainMessage inner ? Of(inner) : a)]);

    public IEnumerable<string> UntranslatedOf(IEnumerable<string> phrases) => phrases.Where(p => !_english.ContainsKey(p));
}
