using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Compliance;

/// <summary>
/// One published version of the marketplace's operating rules ("Quy chế hoạt động"). Once published it is never
/// altered: a change is a new version, announced ahead of its effective date, that every seller accepts.
/// </summary>
public sealed class RulesVersion
{
    public const int MaxBodyLength = 100_000;

    private RulesVersion() { }

    public RulesVersion(int number, string title, string body, string changes, DateOnly effectiveFrom, string publishedBy, DateTimeOffset publishedAt)
    {
        if (number < 1) throw new DomainException("Số phiên bản phải từ 1.");
        Number = number;
        Title = VietnameseText.Required(title, 200, "Tiêu đề");
        Body = (body ?? "").Replace("\r\n", "\n").Trim();
        if (Body.Length == 0) throw new DomainException("Vui lòng nhập nội dung quy chế.") { Field = "Body" };
        if (Body.Length > MaxBodyLength) throw new DomainException($"Nội dung quy chế dài tối đa {MaxBodyLength:N0} ký tự.") { Field = "Body" };
        Changes = (changes ?? "").Replace("\r\n", "\n").Trim();
        if (Changes.Length == 0) throw new DomainException("Vui lòng tóm tắt những điểm thay đổi.") { Field = "Changes" };
        if (Changes.Length > 4000) throw new DomainException("Phần tóm tắt thay đổi dài tối đa 4.000 ký tự.") { Field = "Changes" };
        EffectiveFrom = effectiveFrom;
        PublishedBy = VietnameseText.Required(publishedBy, 200, "Người công bố");
        PublishedAt = RecordedTime.From(publishedAt);
    }

    public int Id { get; private set; }
    public int Number { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>Paragraphs separated by a blank line; a paragraph starting "## " is a section heading.</summary>
    public string Body { get; private set; } = "";
    /// <summary>What changed from the version before, as announced to sellers.</summary>
    public string Changes { get; private set; } = "";
    /// <summary>The Vietnamese calendar day the version starts to apply.</summary>
    public DateOnly EffectiveFrom { get; private set; }
    public string PublishedBy { get; private set; } = "";
    public RecordedTime PublishedAt { get; private set; }

    public string Path => $"/pages/quy-che-hoat-dong/v{Number}";

    /// <summary>The section headings of the body, in order.</summary>
    public static IReadOnlyList<string> Headings(string body) =>
        (body ?? "").Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(b => b.StartsWith("## ", StringComparison.Ordinal)).Select(b => b[3..].Trim()).ToList();
}
