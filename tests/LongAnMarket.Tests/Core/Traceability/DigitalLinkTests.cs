using LongAnMarket.Core.Common;
using LongAnMarket.Core.Traceability;

namespace LongAnMarket.Tests.Core.Traceability;

public sealed class DigitalLinkTests
{
    private const string Gtin = "09506000134352";

    [Theory]
    [InlineData(null, null, null, "/01/09506000134352")]
    [InlineData("ABC123", null, null, "/01/09506000134352/10/ABC123")]
    [InlineData("ABC123", "SN-1", null, "/01/09506000134352/10/ABC123/21/SN-1")]
    [InlineData(null, "12345", null, "/01/09506000134352/21/12345")]
    [InlineData("L1", "S1", "V.2", "/01/09506000134352/22/V.2/10/L1/21/S1")]
    [InlineData("AB/12%x", null, null, "/01/09506000134352/10/AB%2F12%25x")]
    [InlineData("!\"%&'()*+,", "-./:;<=>?_", null, "/01/09506000134352/10/%21%22%25%26%27%28%29%2A%2B%2C/21/-.%2F%3A%3B%3C%3D%3E%3F_")]
    public void Should_write_the_path_in_qualifier_order_with_values_percent_encoded(string? lot, string? serial, string? cpv, string expected) =>
        Assert.Equal(expected, new DigitalLink(Gtin, lot, serial, cpv).Path);

    [Fact]
    public void Should_put_the_path_on_our_origin_or_on_gs1s_canonical_one()
    {
        var link = new DigitalLink(Gtin, "L1", null);

        Assert.Equal("https://longanmarket.vn/01/09506000134352/10/L1", link.ToUri("https://longanmarket.vn"));
        Assert.Equal("https://longanmarket.vn/01/09506000134352/10/L1", link.ToUri("https://longanmarket.vn/"));
        Assert.Equal("https://id.gs1.org/01/09506000134352/10/L1", link.CanonicalUri);
    }

    [Fact]
    public void Should_keep_the_gtin_in_its_14_digit_form() =>
        Assert.Equal(Gtin, new DigitalLink("9506000134352", "L1", null).Gtin);

    [Theory]
    [InlineData("09506000134353", "L1", null)]
    [InlineData(Gtin, "LÔ 1", null)]
    [InlineData(Gtin, "L1", "")]
    public void Should_refuse_to_make_a_link_from_invalid_parts(string gtin, string? lot, string? serial)
    {
        Assert.Throws<DomainException>(() => new DigitalLink(gtin, lot, serial));
        Assert.Throws<DomainException>(() => new DigitalLink(Gtin, null, null) with { Gtin = gtin, Lot = lot, Serial = serial });
    }

    [Theory]
    [InlineData("/01/09506000134352/10/ABC123/21/SN1", Gtin, "ABC123", "SN1", null)]
    [InlineData("01/09506000134352/10/ABC123/", Gtin, "ABC123", null, null)]
    [InlineData("https://longanmarket.vn/01/09506000134352/10/ABC123?linkType=all", Gtin, "ABC123", null, null)]
    [InlineData("HTTPS://ID.GS1.ORG/01/9506000134352/21/S1#top", Gtin, null, "S1", null)]
    [InlineData("/01/9506000134352", Gtin, null, null, null)]
    [InlineData("/01/614141123452", "00614141123452", null, null, null)]
    [InlineData("/01/96385074/10/L1", "00000096385074", "L1", null, null)]
    [InlineData("/01/09506000134352/10/AB%2F12%25x", Gtin, "AB/12%x", null, null)]
    [InlineData("/01/09506000134352/10/ab%2f12", Gtin, "ab/12", null, null)]
    [InlineData("/01/09506000134352/10/A(1)*2", Gtin, "A(1)*2", null, null)]
    [InlineData("/01/09506000134352/22/V-1/10/L1/21/S1", Gtin, "L1", "S1", "V-1")]
    [InlineData("/%30%31/09506000134352", Gtin, null, null, null)]
    public void Should_read_a_link_from_a_path_or_uri(string path, string gtin, string? lot, string? serial, string? cpv)
    {
        var result = DigitalLink.Parse(path);

        Assert.True(result.Succeeded, result.Message);
        Assert.Null(result.Problem);
        Assert.Equal(new DigitalLink(gtin, lot, serial, cpv), result.Link);
    }

    [Theory]
    [InlineData("AB/12%x", null)]
    [InlineData("A?b=c&d", "x;y:z")]
    [InlineData("!\"%&'()*+,-./:;<=>?", "_abcXYZ019")]
    [InlineData("50%", "%25")]
    public void Should_read_back_what_it_writes(string lot, string? serial)
    {
        var link = new DigitalLink(Gtin, lot, serial);

        Assert.Equal(link, DigitalLink.Parse(link.ToUri("https://longanmarket.vn")).Link);
        Assert.Equal(link, DigitalLink.Parse(link.Path).Link);
        Assert.Equal(link, DigitalLink.Parse(link.CanonicalUri).Link);
    }

    [Fact]
    public void Should_name_the_check_digit_the_gtin_should_have_had()
    {
        var result = DigitalLink.Parse("/01/08934567890124/10/L1");

        Assert.Equal(DigitalLinkProblem.WrongCheckDigit, result.Problem);
        Assert.Equal("Số kiểm tra của mã GTIN 08934567890124 không đúng: số cuối phải là 0.", result.Message);
    }

    [Theory]
    [InlineData("/01/9506000134353", DigitalLinkProblem.WrongCheckDigit, "phải là 2")]
    [InlineData("/01/09506000134352/21/S1/10/L1", DigitalLinkProblem.QualifierOrder, "Mã lô (10) phải đứng trước số sê-ri (21)")]
    [InlineData("/01/09506000134352/10/L1/22/V1", DigitalLinkProblem.QualifierOrder, "phải đứng trước mã lô (10)")]
    [InlineData("/01/09506000134352/10/L1/10/L2", DigitalLinkProblem.QualifierOrder, "hai lần")]
    [InlineData("/01/09506000134352/17/261231", DigitalLinkProblem.UnknownAi, "“17”")]
    [InlineData("/01/09506000134352/235/X1", DigitalLinkProblem.UnknownAi, "“235”")]
    [InlineData("/01/09506000134352/10/", DigitalLinkProblem.BadLot, "không được để trống")]
    [InlineData("/01/09506000134352/10//21/S1", DigitalLinkProblem.BadLot, "không được để trống")]
    [InlineData("/01/09506000134352/10/L1/21", DigitalLinkProblem.BadSerial, "không được để trống")]
    [InlineData("/01/09506000134352//10/L1", DigitalLinkProblem.Malformed, "đoạn trống")]
    [InlineData("/01/09506000134352/10/ABCDEFGHIJKLMNOPQRSTU", DigitalLinkProblem.BadLot, "tối đa 20 ký tự")]
    [InlineData("/01/09506000134352/10/%C4%90T-01", DigitalLinkProblem.BadLot, "“Đ”")]
    [InlineData("/01/09506000134352/10/ĐT-01", DigitalLinkProblem.BadLot, "“Đ”")]
    [InlineData("/01/09506000134352/10/THANH%20LONG", DigitalLinkProblem.BadLot, "dấu cách")]
    [InlineData("/01/09506000134352/21/%7E1", DigitalLinkProblem.BadSerial, "“~”")]
    [InlineData("/01/09506000134352/22/%23", DigitalLinkProblem.BadCpv, "“#”")]
    [InlineData("/01/09506000134352/10/AB%2", DigitalLinkProblem.Malformed, "%")]
    [InlineData("/01/09506000134352/10/%ZZ", DigitalLinkProblem.Malformed, "%")]
    [InlineData("/01/09506000134352/10/%C4", DigitalLinkProblem.Malformed, "%")]
    [InlineData("/01/12345", DigitalLinkProblem.BadGtin, "8, 12, 13 hoặc 14 chữ số")]
    [InlineData("/01/0950600013435A", DigitalLinkProblem.BadGtin, "8, 12, 13 hoặc 14 chữ số")]
    [InlineData("/01/", DigitalLinkProblem.BadGtin, "Thiếu mã GTIN")]
    [InlineData("/00/106141411234567897", DigitalLinkProblem.MissingGtin, "/01/")]
    [InlineData("/gtin/09506000134352", DigitalLinkProblem.MissingGtin, "/01/")]
    [InlineData("/shop/01/09506000134352", DigitalLinkProblem.MissingGtin, "/01/")]
    [InlineData("https://longanmarket.vn", DigitalLinkProblem.MissingGtin, "/01/")]
    [InlineData("", DigitalLinkProblem.MissingGtin, "/01/")]
    public void Should_tell_what_is_wrong_with_a_path(string path, DigitalLinkProblem problem, string messagePart)
    {
        var result = DigitalLink.Parse(path);

        Assert.False(result.Succeeded);
        Assert.Null(result.Link);
        Assert.Equal(problem, result.Problem);
        Assert.Contains(messagePart, result.Message);
    }

    [Fact]
    public void Should_never_throw_whatever_it_is_given()
    {
        string[] pieces = ["/", "01", "10", "21", "22", "%", "%2F", "%C4", "09506000134352", "9506000134352", "A", "Đ", "?", "#", " ",
            "\uD800", "https://", "http://x", "//", "%%", "0", "99999999999999"];
        var random = new Random(20240701);
        Assert.False(DigitalLink.Parse(null).Succeeded);
        for (var i = 0; i < 20_000; i++)
        {
            var input = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var result = DigitalLink.Parse(input);
            Assert.True(result.Succeeded ^ result.Message is not null, input);
        }
    }
}
