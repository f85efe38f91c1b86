namespace LongAnMarket.Core.Catalog;

/// <summary>
/// The mandatory contents of a goods label a listing shows (Decree 43/2017/NĐ-CP as amended by Decree 111/2021/NĐ-CP;
/// see docs/compliance.md). The product's name is always shown; lot number and dates belong to lots and their
/// provenance pages. Each category requires a set of them.
/// </summary>
[Flags]
public enum LabelField
{
    None = 0,
    /// <summary>Xuất xứ.</summary>
    Origin = 1,
    /// <summary>Tổ chức, cá nhân chịu trách nhiệm về hàng hóa: name and address.</summary>
    ResponsibleParty = 2,
    /// <summary>Định lượng: every pack size states its net quantity ("Gói 500 g").</summary>
    NetQuantity = 4,
    /// <summary>Thành phần.</summary>
    Ingredients = 8,
    /// <summary>Hướng dẫn sử dụng.</summary>
    Usage = 16,
    /// <summary>Hướng dẫn bảo quản.</summary>
    Storage = 32,
    /// <summary>Thông tin, cảnh báo.</summary>
    Warnings = 64,
    /// <summary>Hạn sử dụng, as a duration ("12 tháng kể từ ngày sản xuất"); the dates are the lot's.</summary>
    ShelfLife = 128,
    /// <summary>What a food needs.</summary>
    All = Origin | ResponsibleParty | NetQuantity | Ingredients | Usage | Storage | Warnings | ShelfLife,
}

public static class LabelFields
{
    /// <summary>Each field in the order a label reads.</summary>
    public static readonly IReadOnlyList<LabelField> InOrder =
    [
        LabelField.Origin, LabelField.ResponsibleParty, LabelField.NetQuantity, LabelField.Ingredients, LabelField.Usage,
        LabelField.Storage, LabelField.Warnings, LabelField.ShelfLife,
    ];

    /// <summary>The field's name as a Vietnamese label prints it.</summary>
    public static string Name(LabelField field) => field switch
    {
        LabelField.Origin => "Xuất xứ",
        LabelField.ResponsibleParty => "Tổ chức, cá nhân chịu trách nhiệm",
        LabelField.NetQuantity => "Định lượng",
        LabelField.Ingredients => "Thành phần",
        LabelField.Usage => "Hướng dẫn sử dụng",
        LabelField.Storage => "Hướng dẫn bảo quản",
        LabelField.Warnings => "Cảnh báo",
        LabelField.ShelfLife => "Hạn sử dụng",
        _ => field.ToString(),
    };
}
