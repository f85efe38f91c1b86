using LongAnMarket.Core.Common;
using LongAnMarket.Core.Producers;

namespace LongAnMarket.Tests.Core.Producers;

public sealed class ProducerTests
{
    private static Producer NewProducer() => new("HTX Chợ Đào", "htx-cho-dao", "1100100100", 1, "Ấp 1", "0909123456",
        "a@example.vn", "", DateTimeOffset.UtcNow);

    [Fact]
    public void Should_start_pending_and_not_sell() => Assert.False(NewProducer().CanSell);

    [Fact]
    public void Should_sell_once_approved_and_stop_when_suspended()
    {
        var producer = NewProducer();
        producer.Approve();
        Assert.True(producer.CanSell);
        producer.Suspend("Giấy chứng nhận hết hạn");
        Assert.False(producer.CanSell);
        Assert.Equal("Giấy chứng nhận hết hạn", producer.StatusReason);
        producer.Approve();
        Assert.True(producer.CanSell);
        Assert.Null(producer.StatusReason);
    }

    [Fact]
    public void Should_refuse_illegal_transitions_without_changing_anything()
    {
        var producer = NewProducer();
        Assert.Throws<DomainException>(() => producer.Suspend("lý do"));
        Assert.Equal(ProducerStatus.Pending, producer.Status);

        producer.Reject("Thiếu giấy phép");
        Assert.Throws<DomainException>(producer.Approve);
        Assert.Equal(ProducerStatus.Rejected, producer.Status);
        Assert.Equal("Thiếu giấy phép", producer.StatusReason);
    }

    [Fact]
    public void Should_require_a_reason_to_reject_or_suspend()
    {
        var producer = NewProducer();
        Assert.Throws<DomainException>(() => producer.Reject("  "));
        Assert.Equal(ProducerStatus.Pending, producer.Status);
    }
}
