using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Catalog;

public sealed class ProductImage
{
    private ProductImage() { }

    internal ProductImage(string path, int width, int height, string altText, int sortOrder)
    {
        if (string.IsNullOrWhiteSpace(path) || path.Length > 300) throw new DomainException("Đường dẫn ảnh không hợp lệ.");
        if (width <= 0 || height <= 0) throw new DomainException("Kích thước ảnh không hợp lệ.");
        Path = path;
        Width = width;
        Height = height;
        AltText = VietnameseText.Clean(altText);
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    /// <summary>Key in the file store, e.g. "products/gao-nang-thom-cho-dao/1.svg".</summary>
    public string Path { get; private set; } = "";
    public int Width { get; private set; }
    public int Height { get; private set; }
    public string AltText { get; private set; } = "";
    public int SortOrder { get; private set; }
}
