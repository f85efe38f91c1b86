using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Compliance;

/// <summary>
/// The sections the operating rules of an e-commerce trading platform must contain: Decree 52/2013/NĐ-CP Article 38
/// clause 2, points a–l (2013 text, read; its amendment by Decree 85/2021 and its reported replacement by Decree
/// 248/2026 from 1 July 2026 could not be read: see docs/compliance.md). A section
/// is present when one of the body's "## " headings holds one of its key phrases, compared without diacritics.
/// </summary>
public static class RulesChecklist
{
    public sealed record Item(string Clause, string Label, IReadOnlyList<string> KeyPhrases);

    public sealed record Check(Item Item, string? Heading)
    {
        public bool Present => Heading is not null;
    }

    public static IReadOnlyList<Item> Required { get; } =
    [
        new("a", "Quyền và nghĩa vụ của thương nhân cung cấp dịch vụ sàn", ["quyen va nghia vu cua thuong nhan", "nghia vu cua ban quan ly", "nghia vu cua san"]),
        new("b", "Quyền và nghĩa vụ của người sử dụng dịch vụ sàn", ["nguoi su dung", "nghia vu cua nguoi ban", "nghia vu cua nguoi mua"]),
        new("c", "Mô tả quy trình giao dịch", ["quy trinh giao dich", "quy trinh dat hang", "quy trinh mua"]),
        new("d", "Hoạt động rà soát và thẩm quyền xử lý vi phạm của sàn", ["ra soat", "kiem soat"]),
        new("đ", "Quyền và nghĩa vụ của các bên trong giao dịch", ["quyen va nghia vu cua cac ben", "trach nhiem cua cac ben"]),
        new("e", "Giới hạn trách nhiệm của sàn", ["gioi han trach nhiem"]),
        new("g", "An toàn thông tin, quản lý thông tin trên sàn", ["an toan thong tin", "quan ly thong tin"]),
        new("h", "Cơ chế giải quyết khiếu nại, tranh chấp", ["khieu nai", "tranh chap"]),
        new("i", "Bảo vệ thông tin cá nhân", ["thong tin ca nhan", "du lieu ca nhan"]),
        new("k", "Xử lý hành vi xâm phạm quyền lợi người tiêu dùng", ["quyen loi nguoi tieu dung", "bao ve nguoi tieu dung"]),
        new("l", "Xử lý vi phạm đối với người không tuân thủ quy chế", ["xu ly vi pham", "vi pham quy che"]),
    ];

    /// <summary>Each required section with the heading that covers it, or none.</summary>
    public static IReadOnlyList<Check> Review(string body)
    {
        var headings = RulesVersion.Headings(body).Select(h => (Heading: h, Folded: Fold(h))).ToList();
        return Required.Select(item => new Check(item,
            headings.FirstOrDefault(h => item.KeyPhrases.Append(Fold(item.Label)).Any(k => h.Folded.Contains(k, StringComparison.Ordinal))).Heading)).ToList();
    }

    private static string Fold(string text) =>
        string.Join(' ', VietnameseText.FoldDiacritics(text).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
