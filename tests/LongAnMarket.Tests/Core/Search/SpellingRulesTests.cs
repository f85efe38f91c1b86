using LongAnMarket.Core.Search;

namespace LongAnMarket.Tests.Core.Search;

/// <summary>Each rewrite rule with the examples it exists for.</summary>
public sealed class SpellingRulesTests
{
    [Theory]
    [InlineData("suong", "xuong")] // s for x: lạp sưởng → lạp xưởng
    [InlineData("sanh", "xanh")]
    [InlineData("tranh", "chanh")] // tr for ch
    [InlineData("chong", "trong")] // ch for tr: chống → trống
    [InlineData("duou", "ruou")] // d for r: dượu → rượu
    [InlineData("don", "gion")] // d for gi: dòn → giòn
    [InlineData("dang", "vang")] // d for v: dàng → vàng
    [InlineData("do", "gio")] // d for gi: dỏ → giỏ
    [InlineData("nan", "nang")] // final n for ng
    [InlineData("lang", "lan")] // final ng for n
    [InlineData("muc", "mut")] // final c for t
    [InlineData("tec", "tet")]
    [InlineData("thay", "thai")] // final y for i
    [InlineData("qui", "quy")] // final i for y
    [InlineData("chy", "chi")]
    [InlineData("lya", "lia")] // y for i within the vowels
    [InlineData("sac", "xat")] // initial and final together
    public void A_southern_spelling_is_among_the_confusions(string typed, string meant) =>
        Assert.Contains(meant, SpellingRules.Confusions(typed));

    [Theory]
    [InlineData("mam")]
    [InlineData("hoa")]
    public void A_word_without_a_confusable_letter_has_no_other_spelling(string word) =>
        Assert.Empty(SpellingRules.Confusions(word));

    [Theory]
    [InlineData("gaoj", "gao")] // the tone key j (nặng) typed last
    [InlineData("thowm", "thom")] // ow for ơ
    [InlineData("nuwowcs", "nuoc")] // uw for ư, ow for ơ, s for sắc
    [InlineData("ddaauj", "dau")] // dd for đ, aa for â
    [InlineData("khoong", "khong")]
    [InlineData("xuwowngr", "xuong")]
    [InlineData("ruwowuj", "ruou")]
    [InlineData("ddees", "de")]
    [InlineData("traf", "tra")]
    public void A_telex_leftover_is_converted(string typed, string meant) =>
        Assert.Contains(meant, SpellingRules.TelexLeftovers(typed));

    [Theory]
    [InlineData("ga5o", "gao")]
    [InlineData("nu7o7c1", "nuoc")]
    [InlineData("d9a65u", "dau")]
    [InlineData("tra2", "tra")]
    public void A_vni_leftover_loses_its_digits(string typed, string meant) => Assert.Equal(meant, SpellingRules.VniLeftover(typed));

    [Theory]
    [InlineData("5kg")] // a number and its unit start with the digit
    [InlineData("x2")] // one letter: not a word
    [InlineData("500g")]
    [InlineData("a10")] // VNI has no 0
    [InlineData("eec74613")] // a code: three tone keys, five digits in a row
    [InlineData("ga51")] // two tone keys
    public void A_number_with_letters_is_not_taken_for_vni(string typed) => Assert.Null(SpellingRules.VniLeftover(typed));

    [Fact]
    public void Syllables_run_together_are_cut_into_the_fewest_known_words_then_the_most_common()
    {
        var known = new Dictionary<string, int> { ["gao"] = 9, ["nang"] = 5, ["thom"] = 7, ["ga"] = 1, ["on"] = 1, ["nuoc"] = 9, ["mam"] = 5, ["ca"] = 8, ["com"] = 4, ["cac"] = 3 };
        int Frequency(string w) => known.GetValueOrDefault(w);
        Assert.Equal(["gao", "nang", "thom"], SpellingRules.Split("gaonangthom", Frequency));
        Assert.Equal(["nuoc", "mam", "ca", "com"], SpellingRules.Split("nuocmamcacom", Frequency));
        Assert.Null(SpellingRules.Split("xyzzyq", Frequency));
        Assert.Null(SpellingRules.Split("gao", Frequency)); // a word, not a run
    }
}
