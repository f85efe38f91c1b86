using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Catalog;

public sealed class ProductImage
{
    private ProductImage() { }

    internal ProductImage(string path, int width, int height, string altText, int sortOrder, string? thumbnailPath = null)
    {
        if (string.IsNullOrWhiteSpace(path) || path.Length > 300) throw new DomainException("Đường dẫn ảnh không hợp lệ.");
        if (width <= 0 || height <= 0) throw new DomainException("Kích thước ảnh không hợp lệ.");
        Path = path;
        Width = width;
        Height = height;
        AltText = VietnameseText.Clean(altText);
        SortOrder = sortOrder;
        ThumbnailPath = thumbnailPath;
    }

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    /// <summary>Key in the file store, e.g. "products/gao-nang-thom-cho-dao/1.svg".</summary>
    public string Path { get; private set; } = "";
    public int Width { get; private set; }
    public int Height { get; private set; }
    public string AltText { get; private set; } = "";
    public int SortOrder { get; private set; }
    /// <summary>A smaller copy for product cards, same proportions; none for images made before thumbnails existed.</summary>
    public string? ThumbnailPath { get; private set; }

    internal void MoveTo(int sortOrder) => SortOrder = sortOrder;
}
