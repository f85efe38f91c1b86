using LongAnMarket.Core.Catalog;

namespace LongAnMarket.Infrastructure.Seeding;

/// <summary>The shape of demo-catalog.json: the demo producers, products and published pages.</summary>
internal sealed record DemoCatalog(
    IReadOnlyList<DemoArea> Areas,
    IReadOnlyList<DemoCategory> Categories,
    IReadOnlyList<DemoProducer> Producers,
    IReadOnlyList<DemoPage> Pages);

internal sealed record DemoArea(string Name, string Description);

/// <param name="RequiredLabel">The label contents its listings must show ("All" for food).</param>
/// <param name="RequiredCertificates">The certificates its listings need on sale.</param>
/// <param name="Perishable">Fresh produce: problems are reported within hours of delivery.</param>
internal sealed record DemoCategory(string Name, string NameEn, string Description, int SortOrder, LabelField RequiredLabel = LabelField.All,
    CertificateRequirement RequiredCertificates = CertificateRequirement.None, bool Perishable = false);

internal sealed record DemoProducer(
    string Name, string TaxCode, string Area, string Address, string Phone, string Email, string Description,
    IReadOnlyList<DemoProduct> Products);

internal sealed record DemoProduct(
    string Name, string Category, string Description, int? OcopStars, bool Featured, string Motif, string Color,
    IReadOnlyList<DemoVariant> Variants, IReadOnlyList<DemoCertification>? Certifications, bool ContainsAlcohol = false);

internal sealed record DemoVariant(string PackSize, long PriceDong, int Stock);

internal sealed record DemoCertification(CertificationKind Kind, string Number, string Issuer, DateOnly ValidFrom, DateOnly? ValidUntil);

internal sealed record DemoPage(string Slug, string Title, string Body);
