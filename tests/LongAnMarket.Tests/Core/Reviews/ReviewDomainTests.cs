using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Reviews;

namespace LongAnMarket.Tests.Core.Reviews;

public sealed class ReviewDomainTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData("Trần Thị Lan", false, "Khách hàng L***")]
    [InlineData("  nguyễn văn   Ánh ", false, "Khách hàng Á***")]
    [InlineData("Lan Nguyễn", true, "L***n")]
    [InlineData("Bé", true, "B***")]
    [InlineData("<script>", false, "Khách hàng S***")]
    [InlineData("123 !!", false, "Khách hàng")]
    public void A_reviewer_is_named_in_public_only_by_initials(string name, bool byAccount, string shown) =>
        Assert.Equal(shown, ReviewerName.Masked(name, byAccount));

    [Fact]
    public void A_review_needs_a_delivered_line_of_the_part_and_one_to_five_stars_and_the_producer_answers_once()
    {
        var part = new SubOrder(1, "HTX", [new OrderLine(1, 1, "Gạo", "Túi 5 kg", 100_000, 2)], 0);
        var order = new Order(LongAnMarket.Core.Payments.OrderCode.New(), [part], Now.AddDays(-2), Now.AddDays(-2).AddMinutes(30));
        order.MarkPaid("FT1", order.TotalDong, "bank", Now.AddDays(-2).AddMinutes(5));
        Assert.Equal("Chỉ đánh giá được sản phẩm đã nhận.", Assert.Throws<DomainException>(() => Write(part, 5)).Message);
        part.StartProcessing("htx", Now);
        part.Ship("GHN", "1", "htx", Now);
        part.Deliver("htx", Now);
        Assert.Equal("Stars", Assert.Throws<DomainException>(() => Write(part, 0)).Field);
        Assert.Equal("Stars", Assert.Throws<DomainException>(() => Write(part, 6)).Field);
        var stranger = new OrderLine(2, 2, "Mắm", "Chai", 50_000, 1);
        Assert.Throws<DomainException>(() => new Review(1, part, stranger, 5, null, "Lan", false, [], Now));
        Assert.Equal("Text", Assert.Throws<DomainException>(() => Write(part, 5, new string('a', Review.MaxText + 1))).Field);

        var review = Write(part, 4, "  Ngon  ");
        Assert.Equal(("Ngon", "Túi 5 kg", 4), (review.Text, review.PackSize, review.Stars));
        review.ReplyByProducer("Cảm ơn", Now);
        Assert.Throws<DomainException>(() => review.ReplyByProducer("Lần nữa", Now));
        review.Report("u1", "Quảng cáo", Now);
        Assert.Throws<DomainException>(() => review.Report("u1", "Lần nữa", Now));
        Assert.True(review.AwaitsModeration);
        review.Keep("admin", Now);
        Assert.False(review.AwaitsModeration);
        Assert.Throws<DomainException>(() => review.Keep("admin", Now));
        review.Hide("Lời lẽ xúc phạm", "admin", Now);
        Assert.Throws<DomainException>(() => review.Hide("Lần nữa", "admin", Now));
        Assert.Throws<DomainException>(() => review.Report("u2", "Sau khi ẩn", Now));
    }

    private static Review Write(SubOrder part, int stars, string? text = null) =>
        new(1, part, part.Lines[0], stars, text, "Trần Thị Lan", false, [], Now);
}
