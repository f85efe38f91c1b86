using System.Text.Json;
using LongAnMarket.Core.Compliance;
using LongAnMarket.Core.Producers;
using LongAnMarket.Tests.Support;

namespace LongAnMarket.Tests.Core.Compliance;

public sealed class RulesChecklistTests
{
    [Fact]
    public void The_demo_rules_cover_every_section_Decree_52_article_38_lists()
    {
        using var catalog = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "src", "LongAnMarket.Infrastructure", "Seeding", "demo-catalog.json")));
        var body = catalog.RootElement.GetProperty("pages").EnumerateArray()
            .Single(p => p.GetProperty("slug").GetString() == "quy-che-hoat-dong").GetProperty("body").GetString()!;

        Assert.Equal(11, RulesChecklist.Required.Count); // points a–l: Vietnamese numbering has no f or j
        Assert.All(RulesChecklist.Review(body), check => Assert.True(check.Present, check.Item.Label));
    }

    [Fact]
    public void A_section_counts_only_when_a_heading_names_it_with_or_without_diacritics()
    {
        var checks = RulesChecklist.Review("Khieu nai o day nhung khong phai tieu de.\n\n## 7. Giai quyet khieu nai, tranh chap\n\n## Bảo vệ thông tin cá nhân");
        var present = checks.Where(c => c.Present).Select(c => c.Item.Clause).ToList();
        Assert.Equal(["h", "i"], present);
        Assert.Equal("7. Giai quyet khieu nai, tranh chap", checks.Single(c => c.Item.Clause == "h").Heading);
    }

    [Theory]
    [InlineData("080175246813", "•••••••••813")]
    [InlineData(" 080 175 246 813 ", "•••••••••813")]
    public void A_citizen_id_is_twelve_digits_and_is_shown_by_its_last_three(string typed, string masked) =>
        Assert.Equal(masked, CitizenId.Mask(CitizenId.Parse(typed)));

    [Theory]
    [InlineData("")]
    [InlineData("08017524681")] // eleven digits
    [InlineData("08017524681x")]
    [InlineData("097175246813")] // no province 097
    [InlineData("000175246813")]
    public void Anything_else_is_refused_beside_its_field(string typed) =>
        Assert.Equal("RepresentativeCitizenId", Assert.Throws<LongAnMarket.Core.Common.DomainException>(() => CitizenId.Parse(typed)).Field);
}
