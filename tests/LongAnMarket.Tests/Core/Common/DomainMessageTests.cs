using System.Globalization;
using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Traceability;

namespace LongAnMarket.Tests.Core.Common;

public sealed class DomainMessageTests
{
    [Fact]
    public void Should_keep_the_template_and_arguments_of_an_interpolated_message()
    {
        var stock = 3;
        var error = new DomainException($"Chỉ còn {stock} sản phẩm.");

        Assert.Equal("Chỉ còn 3 sản phẩm.", error.Message);
        Assert.Equal("Chỉ còn {0} sản phẩm.", error.Reason.Template);
        Assert.Equal(new object?[] { 3 }, error.Reason.Arguments);
    }

    [Fact]
    public void Should_keep_a_plain_message_as_its_own_template_with_no_arguments()
    {
        var error = new DomainException("Giỏ hàng của bạn đang trống.");

        Assert.Equal("Giỏ hàng của bạn đang trống.", error.Reason.Template);
        Assert.Empty(error.Reason.Arguments);
    }

    [Fact]
    public void Should_keep_formats_and_write_the_text_exactly_as_the_interpolated_string_would()
    {
        InCulture("vi-VN", () =>
        {
            var error = Assert.Throws<DomainException>(() => Gtin.Assign("893456", 1_000_000));
            var capacity = 1_000_000L;

            Assert.Equal($"Mã mặt hàng 1000000 không vừa 6 chữ số còn lại sau tiền tố GS1 893456 (tiền tố này cấp được {capacity:N0} mã GTIN).", error.Message);
            Assert.Contains("1.000.000 mã GTIN", error.Message);
            Assert.Equal("Mã mặt hàng {0} không vừa {1} chữ số còn lại sau tiền tố GS1 {2} (tiền tố này cấp được {3:N0} mã GTIN).", error.Reason.Template);
        });
    }

    [Fact]
    public void Should_escape_braces_written_as_text_so_the_template_formats_back_to_the_message()
    {
        var code = "A1";
        var error = new DomainException($"Mã {{{code}}} không hợp lệ.");

        Assert.Equal("Mã {A1} không hợp lệ.", error.Message);
        Assert.Equal("Mã {{{0}}} không hợp lệ.", error.Reason.Template);
        Assert.Equal(error.Message, string.Format(CultureInfo.CurrentCulture, error.Reason.Template, [.. error.Reason.Arguments]));
    }

    [Theory]
    [InlineData("Lô1", "{0} Hãy viết “{1}” thay cho “{2}”.")]
    [InlineData("L 1", "{0} có {1} ở vị trí {2}: chỉ được dùng chữ cái không dấu A–Z, a–z, chữ số 0–9 và các ký hiệu {3}.")]
    public void Should_keep_the_template_of_whichever_branch_a_conditional_message_takes(string code, string template)
    {
        var error = Assert.Throws<DomainException>(() => LotCode.Parse(code));

        Assert.Equal(template, error.Reason.Template);
    }

    [Fact]
    public void Should_keep_a_nested_message_as_a_message_argument()
    {
        var inner = Assert.Throws<DomainException>(() => new Commune("Tây Ninh", " ", null));
        var line = new DomainException($"Dòng {7}: {inner.Reason}");

        Assert.Equal("Dòng 7: Tên xã/phường không được để trống.", line.Message);
        Assert.Equal("Dòng {0}: {1}", line.Reason.Template);
        var nested = Assert.IsType<DomainMessage>(line.Reason.Arguments[1]);
        Assert.Equal("{0} không được để trống.", nested.Template);
        Assert.Equal("Tên xã/phường", Assert.IsType<DomainMessage>(nested.Arguments[0]).Text);
    }

    private static void InCulture(string culture, Action test)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            test();
        }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi); }
    }
}
