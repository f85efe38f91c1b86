using LongAnMarket.Core.Common;
using LongAnMarket.Core.Traceability;

namespace LongAnMarket.Tests.Core.Traceability;

public sealed class LotCodeTests
{
    [Theory]
    [InlineData("L2024-07", "L2024-07")]
    [InlineData("  AB/12%x ", "AB/12%x")]
    [InlineData("!\"%&'()*+,-./:;<=>?_", "!\"%&'()*+,-./:;<=>?_")]
    [InlineData("abcdefghijABCDEFGHIJ", "abcdefghijABCDEFGHIJ")]
    [InlineData("0", "0")]
    public void Should_accept_1_to_20_characters_of_set_82_and_trim(string input, string expected)
    {
        Assert.True(LotCode.IsValid(input));
        Assert.Equal(expected, LotCode.Parse(input));
    }

    [Theory]
    [InlineData("ĐT-01", "“Đ”", "vị trí 1")]
    [InlineData("LÔ-2024", "“Ô”", "vị trí 2")]
    [InlineData("THANH LONG", "dấu cách", "vị trí 6")]
    [InlineData("A#1", "“#”", "vị trí 2")]
    [InlineData("A~1", "“~”", "vị trí 2")]
    [InlineData("A\t1", "U+0009", "vị trí 2")]
    [InlineData("A😀", "“😀”", "vị trí 2")]
    public void Should_name_the_first_character_gs1_does_not_allow(string input, string character, string position)
    {
        Assert.False(LotCode.IsValid(input));
        var error = Assert.Throws<DomainException>(() => LotCode.Parse(input));

        Assert.StartsWith("Mã lô", error.Message);
        Assert.Contains(character, error.Message);
        Assert.Contains(position, error.Message);
    }

    [Fact]
    public void Should_suggest_the_unaccented_letter_for_a_vietnamese_one()
    {
        var error = Assert.Throws<DomainException>(() => LotCode.Parse("Đ-01"));

        Assert.Contains("Hãy viết “D” thay cho “Đ”", error.Message);
    }

    [Fact]
    public void Should_refuse_more_than_20_characters()
    {
        var error = Assert.Throws<DomainException>(() => LotCode.Parse(new string('A', 21)));

        Assert.Contains("tối đa 20 ký tự", error.Message);
        Assert.Contains("21", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Should_refuse_an_empty_code(string? input)
    {
        Assert.False(LotCode.IsValid(input));
        Assert.Contains("không được để trống", Assert.Throws<DomainException>(() => LotCode.Parse(input)).Message);
    }

    [Fact]
    public void Should_apply_the_same_rule_to_serial_numbers_under_their_own_name()
    {
        Assert.Equal("X7K2M9", SerialNumber.Parse(" X7K2M9 "));
        Assert.False(SerialNumber.IsValid("SỐ-1"));
        Assert.StartsWith("Số sê-ri", Assert.Throws<DomainException>(() => SerialNumber.Parse("SỐ-1")).Message);
    }
}
