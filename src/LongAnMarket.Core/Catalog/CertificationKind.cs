namespace LongAnMarket.Core.Catalog;

/// <summary>
/// The kind of a certificate. The facility food-safety certificate and the alcohol licence belong to a producer; the
/// others to one product.
/// </summary>
public enum CertificationKind
{
    Ocop = 0,
    VietGap = 1,
    GlobalGap = 2,
    Organic = 3,
    Haccp = 4,
    Iso22000 = 5,
    GeographicalIndication = 6,
    /// <summary>Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (Law on Food Safety Art. 34; Decree 15/2018 Art. 11).</summary>
    FoodSafetyFacility = 7,
    /// <summary>Bản tự công bố sản phẩm (Decree 15/2018 Art. 4–5).</summary>
    SelfDeclaration = 8,
    /// <summary>Giấy phép sản xuất hoặc kinh doanh rượu (Decree 105/2017, as amended by Decree 17/2020).</summary>
    AlcoholLicence = 9,
}

public static class CertificationKinds
{
    public static bool BelongsToProducer(this CertificationKind kind) =>
        kind is CertificationKind.FoodSafetyFacility or CertificationKind.AlcoholLicence;
}
