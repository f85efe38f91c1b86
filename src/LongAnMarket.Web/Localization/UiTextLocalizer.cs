using Microsoft.Extensions.Localization;

namespace LongAnMarket.Web.Localization;

/// <summary>
/// Validation attributes speak through <see cref="UiText"/>: MVC asks for their <c>ErrorMessage</c> (Vietnamese) as the
/// key, with the field's display name and the attribute's limits as arguments.
/// </summary>
public sealed class UiTextLocalizer(UiText text) : IStringLocalizer
{
    public LocalizedString this[string name] => new(name, text[name]);

    public LocalizedString this[string name, params object[] arguments] => new(name, text.Format(name, arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
