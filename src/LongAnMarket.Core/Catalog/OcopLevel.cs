namespace LongAnMarket.Core.Catalog;

/// <summary>
/// Who recognised an OCOP rating (Decision 148/QĐ-TTg of 2023): 3 stars at district level, 4 at provincial level, 5 at
/// national level. A higher level may recognise a lower rating.
/// </summary>
public enum OcopLevel
{
    District = 1,
    Province = 2,
    National = 3,
}

public static class OcopLevels
{
    /// <summary>The lowest level that may recognise a rating of <paramref name="stars"/>.</summary>
    public static OcopLevel LowestFor(int stars) => stars switch { >= 5 => OcopLevel.National, 4 => OcopLevel.Province, _ => OcopLevel.District };

    public static string Name(OcopLevel level) => level switch
    {
        OcopLevel.District => "huyện",
        OcopLevel.Province => "tỉnh",
        OcopLevel.National => "trung ương",
        _ => "",
    };
}

/// <summary>An OCOP rating as the recognising decision states it.</summary>
public sealed record OcopRating(int Stars, OcopLevel Level);
