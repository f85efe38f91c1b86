using LongAnMarket.Core.Common;
using LongAnMarket.Core.Payments;

namespace LongAnMarket.Tests.Core.Payments;

public sealed class VietQrPayloadTests
{
    /// <summary>Built field by field and its CRC computed independently (Python's binascii.crc_hqx with 0xFFFF).</summary>
    private const string Expected =
        "00020101021238560010A0000007270126000697041501121133666688880208QRIBFTTA530370454062500005802VN62170813LAM 7K3M9Q2XA6304764B";

    [Fact]
    public void The_CRC_is_CCITT_FALSE() =>
        Assert.Equal(0x29B1, Crc16.CcittFalse("123456789"u8));

    [Fact]
    public void A_transfer_encodes_as_NAPAS_specifies_and_decodes_back_to_its_fields()
    {
        var payload = new VietQrPayload("970415", "113366668888", 250_000, "LAM 7K3M9Q2XA");
        Assert.Equal(Expected, payload.Encode());
        Assert.Equal(payload, VietQrPayload.Decode(Expected));

        var fields = EmvTlv.Parse(Expected[..^8]).ToDictionary(f => f.Key, f => f.Value);
        Assert.Equal("01", fields["00"]);
        Assert.Equal("12", fields["01"]); // dynamic: one amount, one order
        Assert.Equal("704", fields["53"]);
        Assert.Equal("250000", fields["54"]);
        Assert.Equal("VN", fields["58"]);
        var merchant = EmvTlv.Parse(fields["38"]).ToDictionary(f => f.Key, f => f.Value);
        Assert.Equal("A000000727", merchant["00"]);
        Assert.Equal("QRIBFTTA", merchant["02"]);
        var beneficiary = EmvTlv.Parse(merchant["01"]).ToDictionary(f => f.Key, f => f.Value);
        Assert.Equal(("970415", "113366668888"), (beneficiary["00"], beneficiary["01"]));
    }

    [Theory]
    [InlineData("00020101021238560010A0000007270126000697041501121133666688880208QRIBFTTA530370454062500005802VN62170813LAM 7K3M9Q2XA6304764C", "CRC")]
    [InlineData("00020101021238560010A0000007270126000697041501121133666688880208QRIBFTTA530370454062500015802VN62170813LAM 7K3M9Q2XA6304764B", "CRC")]
    [InlineData("000201010212", "CRC")]
    [InlineData("", "CRC")]
    public void A_payload_that_was_altered_or_cut_is_refused(string payload, string expected) =>
        Assert.Contains(expected, Assert.Throws<FormatException>(() => VietQrPayload.Decode(payload)).Message);

    [Theory]
    [InlineData("97041", "113366668888", 1000, "LAM")]
    [InlineData("970415", "", 1000, "LAM")]
    [InlineData("970415", "11336666888800000000", 1000, "LAM")]
    [InlineData("970415", "113366668888", 0, "LAM")]
    [InlineData("970415", "113366668888", 1000, "")]
    [InlineData("970415", "113366668888", 1000, "THANH TOAN DON HANG SO 12345")]
    [InlineData("970415", "113366668888", 1000, "Đơn hàng")]
    public void Fields_a_bank_cannot_take_are_refused_with_a_message(string bin, string account, long amount, string purpose) =>
        Assert.NotEmpty(Assert.Throws<DomainException>(() => new VietQrPayload(bin, account, amount, purpose).Encode()).Message);

    [Fact]
    public void Order_codes_avoid_look_alikes_and_are_found_however_the_bank_reformats_the_purpose()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => OrderCode.New()).ToList();
        Assert.All(codes, c => Assert.True(OrderCode.IsValid(c)));
        Assert.All(codes, c => Assert.DoesNotContain(c, ch => "01ILOU".Contains(ch)));
        Assert.True(codes.Distinct().Count() > 1990);

        Assert.Contains("7K3M9Q2XA", OrderCode.CandidatesIn("MBVCB.1234567.DH 7k3m-9q2xa.CT tu 0123456789 NGUYEN VAN A"));
        Assert.Contains("7K3M9Q2XA", OrderCode.CandidatesIn("dh 7K3M 9Q2X A"));
        Assert.DoesNotContain("7K3M9Q2XA", OrderCode.CandidatesIn("DH 7K3M9Q2XB"));
        Assert.Empty(OrderCode.CandidatesIn(null));
        Assert.Empty(OrderCode.CandidatesIn("CT 0123456789")); // digits 0 and 1 are never in a code
    }
}
