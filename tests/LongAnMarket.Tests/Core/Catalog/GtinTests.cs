using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Common;

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

    [Theory]
    [InlineData("02000000000015")] // GTIN-13 prefix 200: within a geographic region
    [InlineData("02999999999994")] // GTIN-13 prefix 299
    [InlineData("00200123456788")] // GTIN-13 prefix 02: variable-measure items
    [InlineData("00400123456782")] // GTIN-13 prefix 04: within a company
    [InlineData("00000020000004")] // GTIN-8 prefix 2
    [InlineData("00000001234565")] // GTIN-8 prefix 0
    public void Should_recognise_restricted_circulation_numbers(string gtin14) => Assert.True(Gtin.IsRestrictedCirculation(gtin14));

    [Theory]
    [InlineData("09506000134352")] // GS1 prefix 950
    [InlineData("08930000000019")] // Vietnam, 893
    [InlineData("00614141123452")] // GTIN-12
    [InlineData("00300000000001")] // GTIN-13 prefix 03
    [InlineData("00000096385074")] // GTIN-8 prefix 9
    [InlineData("12000000000012")] // indicator 1: a case of items, not an RCN
    [InlineData("2000000000001")] // not in 14-digit form
    public void Should_not_treat_global_numbers_as_restricted(string gtin14) => Assert.False(Gtin.IsRestrictedCirculation(gtin14));

    [Theory]
    [InlineData("8930000", 42, "08930000000422")]
    [InlineData("893456", 123456, "08934561234562")]
    [InlineData("8934567890", 99, "08934567890991")]
    [InlineData("893123456789", 0, "08931234567897")]
    public void Should_assign_a_gtin_under_a_company_prefix_with_its_check_digit(string prefix, long itemReference, string expected)
    {
        var assigned = Gtin.Assign(prefix, itemReference);

        Assert.Equal(expected, assigned);
        Assert.Equal(assigned, Gtin.Normalize(assigned));
    }

    [Theory]
    [InlineData("89300", 1)]
    [InlineData("8930000000000", 1)]
    [InlineData("893A000", 1)]
    [InlineData("", 1)]
    public void Should_refuse_a_company_prefix_that_is_not_6_to_12_digits(string prefix, long itemReference)
    {
        var error = Assert.Throws<DomainException>(() => Gtin.Assign(prefix, itemReference));

        Assert.Contains("6 đến 12 chữ số", error.Message);
    }

    [Theory]
    [InlineData("8930000", 100_000)]
    [InlineData("893123456789", 1)]
    [InlineData("8930000", -1)]
    public void Should_refuse_an_item_reference_that_does_not_fit_after_the_prefix(string prefix, long itemReference)
    {
        var error = Assert.Throws<DomainException>(() => Gtin.Assign(prefix, itemReference));

        Assert.Contains(prefix, error.Message);
    }
}
