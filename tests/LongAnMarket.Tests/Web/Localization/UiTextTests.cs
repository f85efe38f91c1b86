using System.Globalization;
using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Web.Localization;

namespace LongAnMarket.Tests.Web.Localization;

public sealed class UiTextTests
{
    private static readonly UiText Text = new();

    [Fact]
    public void Should_say_a_domain_message_in_english_with_its_arguments_in_place()
    {
        var stock = 2;
        var inCart = 1;
        var error = new DomainException($"Chỉ còn {stock} sản phẩm; giỏ của bạn đã có {inCart}.");

        Assert.Equal("Only 2 left; your cart already has 1.", InCulture("en-US", () => Text.Of(error)));
    }

    [Fact]
    public void Should_leave_a_domain_message_as_the_domain_wrote_it_in_vietnamese()
    {
        var error = Assert.Throws<DomainException>(() => LotCode.Parse("Lô1"));

        Assert.Equal(error.Message, InCulture("vi-VN", () => Text.Of(error)));
    }

    [Fact]
    public void Should_translate_the_messages_and_field_names_nested_in_a_message()
    {
        var error = Assert.Throws<DomainException>(() => LotCode.Parse("Lô1"));

        Assert.Equal("Lot code has the character “ô” at position 2: only unaccented letters A–Z, a–z, digits 0–9 and the symbols "
            + "!\"%&'()*+,-./:;<=>?_ are allowed. Write “o” instead of “ô”.", InCulture("en-US", () => Text.Of(error)));
    }

    [Fact]
    public void Should_translate_a_line_of_an_import_and_the_rule_it_broke()
    {
        var inner = Assert.Throws<DomainException>(() => new Commune("Tây Ninh", " ", null));
        var line = new DomainException($"Dòng {7}: {inner.Reason}");

        Assert.Equal("Line 7: Commune name must not be empty.", InCulture("en-US", () => Text.Of(line)));
    }

    [Fact]
    public void Should_format_numbers_in_the_visitors_culture()
    {
        Assert.Contains("allows 1,000,000 GTINs", InCulture("en-US", () => Text.Of(Assert.Throws<DomainException>(() => Gtin.Assign("893456", 1_000_000)))));
        Assert.Contains("cấp được 1.000.000 mã GTIN", InCulture("vi-VN", () => Text.Of(Assert.Throws<DomainException>(() => Gtin.Assign("893456", 1_000_000)))));
    }

    [Fact]
    public void Should_show_a_message_without_an_english_text_in_vietnamese_rather_than_as_a_template()
    {
        var number = 5;
        var error = new DomainException($"Câu chưa dịch số {number}.");

        Assert.Equal("Câu chưa dịch số 5.", InCulture("en-US", () => Text.Of(error)));
    }

    [Fact]
    public void Should_give_validation_attributes_their_message_in_the_current_language()
    {
        var localizer = new UiTextLocalizer(Text);

        Assert.Equal("Please enter an email address.", InCulture("en-US", () => localizer["Vui lòng nhập email.", "Email"].Value));
        Assert.Equal("Vui lòng nhập email.", InCulture("vi-VN", () => localizer["Vui lòng nhập email.", "Email"].Value));
    }

    private static string InCulture(string culture, Func<string> say)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            return say();
        }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi); }
    }
}
