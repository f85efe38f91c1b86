namespace LongAnMarket.Core.Catalog;

/// <summary>The certificates a category's listings need before they may be sold (admins choose per category).</summary>
[Flags]
public enum CertificateRequirement
{
    None = 0,
    FoodSafetyFacility = 1,
    SelfDeclaration = 2,
    AlcoholLicence = 4,
    All = FoodSafetyFacility | SelfDeclaration | AlcoholLicence,
}

public static class CertificateRequirements
{
    public static IEnumerable<CertificateRequirement> InOrder { get; } =
        [CertificateRequirement.FoodSafetyFacility, CertificateRequirement.SelfDeclaration, CertificateRequirement.AlcoholLicence];

    public static CertificationKind Kind(this CertificateRequirement requirement) => requirement switch
    {
        CertificateRequirement.FoodSafetyFacility => CertificationKind.FoodSafetyFacility,
        CertificateRequirement.SelfDeclaration => CertificationKind.SelfDeclaration,
        CertificateRequirement.AlcoholLicence => CertificationKind.AlcoholLicence,
        _ => throw new ArgumentOutOfRangeException(nameof(requirement)),
    };

    public static string Name(this CertificateRequirement requirement) => requirement switch
    {
        CertificateRequirement.FoodSafetyFacility => "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
        CertificateRequirement.SelfDeclaration => "Bản tự công bố sản phẩm",
        CertificateRequirement.AlcoholLicence => "Giấy phép sản xuất hoặc kinh doanh rượu",
        _ => throw new ArgumentOutOfRangeException(nameof(requirement)),
    };

    /// <summary>
    /// The requirements not met on <paramref name="today"/> by a listing's own certificates and its producer's.
    /// A valid HACCP or ISO 22000 certificate stands in for the facility certificate (Decree 15/2018 Art. 12 clause 1
    /// point k); an alcoholic drink needs the alcohol licence whatever its category.
    /// </summary>
    public static IReadOnlyList<CertificateRequirement> Missing(CertificateRequirement required, bool containsAlcohol,
        IEnumerable<Certification> certificates, DateOnly today)
    {
        if (containsAlcohol) required |= CertificateRequirement.AlcoholLicence;
        var valid = certificates.Where(c => c.IsValidOn(today)).Select(c => c.Kind).ToHashSet();
        return InOrder.Where(r => required.HasFlag(r) && !Satisfied(r, valid)).ToList();
    }

    private static bool Satisfied(CertificateRequirement requirement, HashSet<CertificationKind> valid) =>
        valid.Contains(requirement.Kind())
        || requirement == CertificateRequirement.FoodSafetyFacility && (valid.Contains(CertificationKind.Haccp) || valid.Contains(CertificationKind.Iso22000));
}
