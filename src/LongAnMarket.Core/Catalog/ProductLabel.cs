using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Catalog;

/// <summary>What the goods' label says, as the listing shows it under "Thông tin trên nhãn". Empty fields are null.</summary>
public sealed class ProductLabel
{
    public const int MaxLength = 2000;

    public string? Origin { get; private set; }
    public string? ResponsibleParty { get; private set; }
    public string? Ingredients { get; private set; }
    public string? Usage { get; private set; }
    public string? Storage { get; private set; }
    public string? Warnings { get; private set; }
    public string? ShelfLife { get; private set; }

    public static ProductLabel Of(string? origin, string? responsibleParty, string? ingredients, string? usage, string? storage,
        string? warnings, string? shelfLife) => new()
    {
        Origin = Text(origin, 200, LabelField.Origin),
        ResponsibleParty = Text(responsibleParty, 400, LabelField.ResponsibleParty),
        Ingredients = Text(ingredients, MaxLength, LabelField.Ingredients),
        Usage = Text(usage, MaxLength, LabelField.Usage),
        Storage = Text(storage, 1000, LabelField.Storage),
        Warnings = Text(warnings, 1000, LabelField.Warnings),
        ShelfLife = Text(shelfLife, 120, LabelField.ShelfLife),
    };

    public string? Of(LabelField field) => field switch
    {
        LabelField.Origin => Origin,
        LabelField.ResponsibleParty => ResponsibleParty,
        LabelField.Ingredients => Ingredients,
        LabelField.Usage => Usage,
        LabelField.Storage => Storage,
        LabelField.Warnings => Warnings,
        LabelField.ShelfLife => ShelfLife,
        _ => null,
    };

    private static string? Text(string? value, int maxLength, LabelField field)
    {
        var text = (value ?? "").Replace("\r\n", "\n").Trim().Normalize(System.Text.NormalizationForm.FormC);
        if (text.Length > maxLength) throw new DomainException($"{LabelFields.Name(field)} dài tối đa {maxLength} ký tự.") { Field = "Label" + field };
        return text.Length == 0 ? null : text;
    }
}
