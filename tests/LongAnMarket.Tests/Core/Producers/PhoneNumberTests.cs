using LongAnMarket.Core.Common;
using LongAnMarket.Core.Producers;

namespace LongAnMarket.Tests.Core.Producers;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("0909123456", "+84909123456")]
    [InlineData("090 912 3456", "+84909123456")]
    [InlineData("0909.123.456", "+84909123456")]
    [InlineData("+84 909 123 456", "+84909123456")]
    [InlineData("84909123456", "+84909123456")]
    [InlineData("0358471926", "+84358471926")]
    [InlineData("(0272) 3852 416", "+842723852416")]  // a Long An landline
    [InlineData("+84 272 3852416", "+842723852416")]
    public void Should_normalise_to_plus_84(string input, string normalised) => Assert.Equal(normalised, PhoneNumber.Parse(input));

    [Theory]
    [InlineData("")]
    [InlineData("909123456")]        // no leading 0
    [InlineData("0109123456")]       // no 01x mobile prefix since 2018
    [InlineData("090912345")]        // too short
    [InlineData("09091234567")]      // too long
    [InlineData("+1 650 253 0000")]  // not Vietnamese
    [InlineData("0909abc456")]
    [InlineData("0272385241")]       // landline one digit short
    public void Should_refuse_with_a_message(string input)
    {
        var error = Assert.Throws<DomainException>(() => PhoneNumber.Parse(input));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
