namespace LongAnMarket.Core.Traceability;

/// <summary>Units a lot is counted in, with their UN/CEFACT Recommendation 20 codes (EPCIS "uom").</summary>
public enum LotUnit
{
    Kilogram = 0,
    Gram = 1,
    Litre = 2,
    Millilitre = 3,
    Piece = 4,
    Tonne = 5,
}

public static class LotUnits
{
    public static string UnCefactCode(this LotUnit unit) => unit switch
    {
        LotUnit.Kilogram => "KGM",
        LotUnit.Gram => "GRM",
        LotUnit.Litre => "LTR",
        LotUnit.Millilitre => "MLT",
        LotUnit.Piece => "H87",
        LotUnit.Tonne => "TNE",
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    public static string Symbol(this LotUnit unit) => unit switch
    {
        LotUnit.Kilogram => "kg",
        LotUnit.Gram => "g",
        LotUnit.Litre => "l",
        LotUnit.Millilitre => "ml",
        LotUnit.Piece => "cái",
        LotUnit.Tonne => "tấn",
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };
}
