using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Producers;

/// <summary>A place name products are known by (Cần Đước, Bến Lức…). Areas come from seed data, not code.</summary>
public sealed class OriginArea
{
    private OriginArea() { }

    public OriginArea(string name, string description)
    {
        Name = VietnameseText.Clean(name);
        if (Name.Length is 0 or > 100) throw new DomainException("Tên vùng phải có từ 1 đến 100 ký tự.");
        Slug = Common.Slug.From(Name);
        Description = VietnameseText.Clean(description);
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public string Description { get; private set; } = "";
}
