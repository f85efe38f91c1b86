using LongAnMarket.Core.Common;
using LongAnMarket.Core.Producers;

namespace LongAnMarket.Tests.Core.Producers;

public sealed class ProducerTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

    private static Producer NewProducer() => new("HTX Chợ Đào", "htx-cho-dao", "0100109106", 1, "Ấp 1", "0909 123 456",
        "a@example.vn", "", Monday);

    [Fact]
    public void Should_start_pending_with_no_history_and_not_sell()
    {
        var producer = NewProducer();
        Assert.Equal(ProducerStatus.Pending, producer.Status);
        Assert.False(producer.CanSell);
        Assert.Empty(producer.StatusHistory);
    }

    [Fact]
    public void Should_keep_tax_number_and_phone_in_canonical_form()
    {
        var producer = NewProducer();
        Assert.Equal("0100109106", producer.TaxCode);
        Assert.Equal("+84909123456", producer.Phone);
    }

    [Fact]
    public void Should_refuse_an_invalid_tax_number_or_phone()
    {
        Assert.Throws<DomainException>(() => new Producer("HTX", "htx", "0100109107", 1, "Ấp 1", "0909123456", "a@example.vn", "", Monday));
        Assert.Throws<DomainException>(() => new Producer("HTX", "htx", "0100109106", 1, "Ấp 1", "0109123456", "a@example.vn", "", Monday));
    }

    [Fact]
    public void Should_sell_once_approved_stop_when_suspended_and_record_every_move()
    {
        var producer = NewProducer();
        producer.Approve("admin@longan.gov.vn", Monday);
        Assert.True(producer.CanSell);
        producer.Suspend("Giấy chứng nhận hết hạn", "admin@longan.gov.vn", Monday.AddDays(30));
        Assert.False(producer.CanSell);
        Assert.Equal("Giấy chứng nhận hết hạn", producer.StatusReason);
        producer.Approve("thanhtra@longan.gov.vn", Monday.AddDays(40));
        Assert.True(producer.CanSell);
        Assert.Null(producer.StatusReason);

        Assert.Collection(producer.StatusHistory,
            c => Assert.Equal((ProducerStatus.Pending, ProducerStatus.Approved, (string?)null, "admin@longan.gov.vn"), (c.From, c.To, c.Reason, c.Actor)),
            c => Assert.Equal((ProducerStatus.Approved, ProducerStatus.Suspended, "Giấy chứng nhận hết hạn", Monday.AddDays(30)),
                (c.From, c.To, c.Reason, c.At.ToDateTimeOffset())),
            c => Assert.Equal((ProducerStatus.Suspended, ProducerStatus.Approved, "thanhtra@longan.gov.vn"), (c.From, c.To, c.Actor)));
    }

    [Fact]
    public void Should_refuse_illegal_transitions_without_changing_anything()
    {
        var producer = NewProducer();
        Assert.Throws<DomainException>(() => producer.Suspend("lý do", "admin", Monday));
        Assert.Equal(ProducerStatus.Pending, producer.Status);
        Assert.Empty(producer.StatusHistory);

        producer.Reject("Thiếu giấy phép", "admin", Monday);
        Assert.Throws<DomainException>(() => producer.Approve("admin", Monday));
        Assert.Throws<DomainException>(() => producer.Reject("lần nữa", "admin", Monday));
        Assert.Equal(ProducerStatus.Rejected, producer.Status);
        Assert.Equal("Thiếu giấy phép", producer.StatusReason);
        Assert.Single(producer.StatusHistory);
    }

    [Theory]
    [InlineData("  ", "admin")]
    [InlineData("Thiếu giấy phép", " ")]
    public void Should_require_a_reason_and_an_actor(string reason, string actor)
    {
        var producer = NewProducer();
        Assert.Throws<DomainException>(() => producer.Reject(reason, actor, Monday));
        Assert.Equal(ProducerStatus.Pending, producer.Status);
        Assert.Empty(producer.StatusHistory);
    }
}
