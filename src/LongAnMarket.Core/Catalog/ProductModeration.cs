using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Catalog;

/// <summary>The trade office took a product off sale: who, when and why (the producer is told and may correct it).</summary>
public sealed class ProductModeration
{
    private ProductModeration() { }

    internal ProductModeration(string reason, string actor, DateTimeOffset at)
    {
        Reason = VietnameseText.Clean(reason);
        Actor = VietnameseText.Clean(actor);
        if (Reason.Length is 0 or > 500) throw new DomainException("Lý do ngừng bán phải có từ 1 đến 500 ký tự.");
        if (Actor.Length is 0 or > 200) throw new DomainException("Người thực hiện không được để trống.");
        At = RecordedTime.From(at);
    }

    public long Id { get; private set; }
    public int ProductId { get; private set; }
    public string Reason { get; private set; } = "";
    public string Actor { get; private set; } = "";
    public RecordedTime At { get; private set; }
}
