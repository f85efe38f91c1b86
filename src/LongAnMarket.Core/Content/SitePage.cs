using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Content;

/// <summary>A page every Vietnamese marketplace must publish (operating rules, privacy…); its text is data.</summary>
public sealed class SitePage
{
    private SitePage() { }

    public SitePage(string slug, string title, string body)
    {
        if (!Common.Slug.IsValid(slug)) throw new DomainException($"Đường dẫn '{slug}' không hợp lệ.");
        Slug = slug;
        Rewrite(title, body);
    }

    public int Id { get; private set; }
    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";

    public void Rewrite(string title, string body)
    {
        Title = VietnameseText.Clean(title);
        if (Title.Length is 0 or > 200) throw new DomainException("Tiêu đề phải có từ 1 đến 200 ký tự.");
        Body = (body ?? "").Replace("\r\n", "\n").Trim();
    }
}
