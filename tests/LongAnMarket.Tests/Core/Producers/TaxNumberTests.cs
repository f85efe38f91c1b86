using LongAnMarket.Core.Common;
using LongAnMarket.Core.Producers;

namespace LongAnMarket.Tests.Core.Producers;

public sealed class TaxNumberTests
{
    [Theory]
    [InlineData("0100109106", "0100109106")]          // Viettel
    [InlineData("0300588569", "0300588569")]          // Vinamilk
    [InlineData(" 0314409058 ", "0314409058")]
    [InlineData("0100109106-001", "0100109106-001")]  // a branch
    [InlineData("0100109106 – 012", "0100109106-012")]
    [InlineData("0100109106012", "0100109106-012")]
    [InlineData("080201001234", "080201001234")]      // a household business's personal ID (Long An: 080)
    public void Should_accept_and_canonicalise(string input, string canonical) => Assert.Equal(canonical, TaxNumber.Parse(input));

    [Theory]
    [InlineData("")]
    [InlineData("0100109107")]        // wrong check digit
    [InlineData("010010910")]         // 9 digits
    [InlineData("01001091066")]       // 11 digits
    [InlineData("0100109106-000")]    // branch 000
    [InlineData("0100109107-001")]    // branch of an invalid number
    [InlineData("0100I09106")]        // a letter I for a one
    [InlineData("000201001234")]      // province code 000
    [InlineData("097201001234")]      // no province 097
    [InlineData("0000000000")]        // sum 0 → check would be 10: never issued
    public void Should_refuse_with_a_message(string input)
    {
        var error = Assert.Throws<DomainException>(() => TaxNumber.Parse(input));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.False(TaxNumber.IsValid(input));
    }
}
