using LongAnMarket.Core.Catalog;

namespace LongAnMarket.Tests.Core.Catalog;

public sealed class GtinTests
{
    [Theory]
    [InlineData("09506000134352", "09506000134352")]
    [InlineData("9506000134352", "09506000134352")]
    [InlineData("614141123452", "00614141123452")]
    [InlineData("96385074", "00000096385074")]
    public void Should_accept_a_correct_check_digit_and_pad_to_14(string input, string expected) =>
        Assert.Equal(expected, Gtin.Normalize(input));

    [Theory]
    [InlineData("09506000134353")]
    [InlineData("950600013435")]
    [InlineData("12345")]
    [InlineData("0950600013435A")]
    [InlineData("")]
    [InlineData(null)]
    public void Should_reject_wrong_length_letters_or_check_digit(string? input) => Assert.Null(Gtin.Normalize(input));
}
