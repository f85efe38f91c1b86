using LongAnMarket.Core.Common;

namespace LongAnMarket.Tests.Core.Common;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Gạo Nàng Thơm Chợ Đào", "gao-nang-thom-cho-dao")]
    [InlineData("Lạp xưởng Cần Đước", "lap-xuong-can-duoc")]
    [InlineData("ĐẬU PHỘNG ĐỨC HÒA", "dau-phong-duc-hoa")]
    [InlineData("  Mắm cá lia thia — Đức Huệ (500 g)  ", "mam-ca-lia-thia-duc-hue-500-g")]
    [InlineData("Rượu đế Gò Đen 40%", "ruou-de-go-den-40")]
    [InlineData("Chanh\u0301 kho\u0302ng ha\u0323t", "chanh-khong-hat")]
    [InlineData("Thanh long ruột đỏ", "thanh-long-ruot-do")]
    [InlineData("***", "")]
    public void Should_fold_vietnamese_to_lowercase_ascii_words(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Fact]
    public void Should_add_a_number_when_the_slug_is_taken()
    {
        var taken = new HashSet<string> { "khom-ben-luc", "khom-ben-luc-2" };
        Assert.Equal("khom-ben-luc-3", Slug.Unique("Khóm Bến Lức", taken.Contains));
    }

    [Fact]
    public void Should_cap_length_without_a_trailing_hyphen()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("gạo thơm", 40)));
        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.False(slug.EndsWith('-'));
    }

    [Theory]
    [InlineData("gao-nang-thom", true)]
    [InlineData("Gao-Nang", false)]
    [InlineData("gạo", false)]
    [InlineData("-gao", false)]
    [InlineData("", false)]
    public void Should_accept_only_canonical_slugs(string slug, bool valid) => Assert.Equal(valid, Slug.IsValid(slug));
}
