using LongAnMarket.Core.Catalog;

namespace LongAnMarket.Infrastructure.Seeding;

/// <summary>
/// The licences the demo's businesses hold, as their categories need them: a facility food-safety certificate (three
/// years, issued some months before the seeding day), an alcohol licence for the distillers, a self-declaration per
/// packaged food; and the trade office's confirmation of each demo OCOP certificate. Made-up numbers, real shapes.
/// </summary>
internal static class DemoLicences
{
    private const string FoodSafetyAuthority = "Chi cục An toàn vệ sinh thực phẩm tỉnh Long An";
    private const string TradeOffice = "Sở Công Thương";

    public static IEnumerable<Certification> OfProducer(int producerId, DemoProducer demo, int index,
        IReadOnlyDictionary<string, Category> categories, DateOnly today)
    {
        var needs = demo.Products.Aggregate(CertificateRequirement.None, (all, p) => all | categories[p.Category].RequiredCertificates);
        var issued = today.AddDays(-120 - index * 17);
        if (needs.HasFlag(CertificateRequirement.FoodSafetyFacility))
            yield return Certification.ForProducer(producerId, CertificationKind.FoodSafetyFacility, $"{40 + index:000}/{issued.Year}/ATTP-CNĐK",
                FoodSafetyAuthority, issued, issued.AddYears(3).AddDays(-1));
        if (demo.Products.Any(p => p.ContainsAlcohol))
            yield return Certification.ForProducer(producerId, CertificationKind.AlcoholLicence, $"{10 + index:00}/GP-SXRTC",
                "Phòng Kinh tế huyện Tân Trụ", issued.AddDays(-30), null);
    }

    public static void Certify(Product product, DemoProduct item, int index, Category category, DateOnly today)
    {
        foreach (var c in item.Certifications ?? [])
        {
            var rating = c.Kind == CertificationKind.Ocop ? new OcopRating(item.OcopStars ?? 3, OcopLevel.Province) : null;
            var certificate = product.AddCertification(c.Kind, c.Number, c.Issuer, c.ValidFrom, c.ValidUntil, rating);
            if (rating is not null) certificate.Confirm(TradeOffice, c.ValidFrom.AddDays(14));
        }
        if (category.RequiredCertificates.HasFlag(CertificateRequirement.SelfDeclaration))
            product.AddCertification(CertificationKind.SelfDeclaration, $"{index:00}/{today.Year - 1}/TCB", FoodSafetyAuthority,
                today.AddDays(-200 + index), null);
        product.RefreshOcop(today);
    }
}
