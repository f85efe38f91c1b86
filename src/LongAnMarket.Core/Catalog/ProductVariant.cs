using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Catalog;

/// <summary>A pack size of a product (1 kg, hộp 500 g): what a cart holds and what a lot belongs to.</summary>
public sealed class ProductVariant
{
    private ProductVariant() { }

    internal ProductVariant(string packSize, long priceDong, int stock, string? gtin, int sortOrder)
    {
        PackSize = VietnameseText.Clean(packSize);
        if (PackSize.Length is 0 or > 60) throw new DomainException("Quy cách đóng gói phải có từ 1 đến 60 ký tự.");
        SetPrice(priceDong);
        SetStock(stock);
        if (gtin is not null)
        {
            Gtin = Catalog.Gtin.Normalize(gtin) ?? throw new DomainException($"Mã GTIN '{gtin}' không hợp lệ (sai độ dài hoặc số kiểm tra).");
            if (Catalog.Gtin.IsRestrictedCirculation(Gtin))
                throw new DomainException($"Mã '{gtin}' là mã lưu hành hạn chế (dùng nội bộ cửa hàng), không dùng để bán rộng rãi; hãy nhập mã GTIN do GS1 cấp hoặc để trống để sàn cấp.");
        }
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public string PackSize { get; private set; } = "";
    public long PriceDong { get; private set; }
    public int Stock { get; private set; }
    public string? Gtin { get; private set; }
    public int SortOrder { get; private set; }

    internal void SetPrice(long priceDong)
    {
        if (priceDong is <= 0 or > Vnd.MaxPrice) throw new DomainException($"Giá phải từ 1 ₫ đến {Vnd.Format(Vnd.MaxPrice)}.");
        PriceDong = priceDong;
    }

    internal void AssignGtin(string gtin14)
    {
        if (Gtin is not null) throw new DomainException("Quy cách này đã có mã GTIN.");
        Gtin = Catalog.Gtin.Normalize(gtin14) ?? throw new DomainException($"Mã GTIN '{gtin14}' không hợp lệ.");
    }

    internal void SetStock(int stock)
    {
        if (stock < 0) throw new DomainException("Tồn kho không được âm.");
        Stock = stock;
    }
}
