using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Catalog;

public sealed class Category
{
    private Category() { }

    public Category(string name, string nameEn, string description, int sortOrder)
    {
        Name = VietnameseText.Clean(name);
        if (Name.Length is 0 or > 100) throw new DomainException("Tên danh mục phải có từ 1 đến 100 ký tự.");
        NameEn = VietnameseText.Clean(nameEn);
        Slug = Common.Slug.From(Name);
        Description = description.Trim();
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public string Description { get; private set; } = "";
    public int SortOrder { get; private set; }
    /// <summary>The label contents a listing of this category must show before it is published (food: all of them).</summary>
    public LabelField RequiredLabelFields { get; private set; }

    /// <summary>The certificates a listing of this category needs while it is on sale.</summary>
    public CertificateRequirement RequiredCertificates { get; private set; }

    /// <summary>Fresh produce: problems are reported within hours of delivery, with a photo, not days.</summary>
    public bool Perishable { get; private set; }

    public void MarkPerishable(bool perishable) => Perishable = perishable;

    public void RequireLabelFields(LabelField fields) => RequiredLabelFields = fields & LabelField.All;

    public void RequireCertificates(CertificateRequirement certificates) => RequiredCertificates = certificates & CertificateRequirement.All;
}
