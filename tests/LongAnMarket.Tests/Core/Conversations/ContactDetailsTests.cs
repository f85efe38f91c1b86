using LongAnMarket.Core.Conversations;

namespace LongAnMarket.Tests.Core.Conversations;

public sealed class ContactDetailsTests
{
    [Theory]
    [InlineData("Gọi 0909 123 456 nhé", "Gọi [đã ẩn] nhé")]
    [InlineData("zalo 0909.123.456", "zalo [đã ẩn]")]
    [InlineData("+84 909 123 456 buổi tối", "[đã ẩn] buổi tối")]
    [InlineData("máy bàn (028) 3823 4567", "máy bàn [đã ẩn]")]
    [InlineData("mail lan.nguyen@gmail.com ạ", "mail [đã ẩn] ạ")]
    [InlineData("mail lan (at) gmail (dot) com", "mail [đã ẩn]")]
    [InlineData("xem https://shop.example/gia-re?x=1 nhé", "xem [đã ẩn] nhé")]
    [InlineData("vào www.giare.vn mua", "vào [đã ẩn] mua")]
    [InlineData("giare.com.vn rẻ hơn", "[đã ẩn] rẻ hơn")]
    [InlineData("Đơn 2 túi 5 kg, giá 205.000 ₫, giao ngày 12/12", "Đơn 2 túi 5 kg, giá 205.000 ₫, giao ngày 12/12")]
    [InlineData("Mã vận đơn GHN1234", "Mã vận đơn GHN1234")]
    public void Contact_details_are_hidden_and_everyday_numbers_are_not(string text, string shown) => Assert.Equal(shown, ContactDetails.Mask(text));

    [Fact]
    public void A_thread_starts_with_its_first_message_and_measures_the_producers_first_answer_only()
    {
        var start = new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.FromHours(7));
        var thread = new Conversation(1, 2, 3);
        Assert.Throws<LongAnMarket.Core.Common.DomainException>(() => thread.Write(Party.Buyer, "b", "  ", [], start));
        Assert.Throws<LongAnMarket.Core.Common.DomainException>(() => thread.Write(Party.Buyer, "b", new string('a', Conversation.MaxText + 1), [], start));
        thread.Write(Party.Buyer, "b", "Còn hàng không?", [], start);
        thread.Write(Party.TradeOffice, "admin", "Ban quản lý sàn theo dõi.", [], start.AddHours(1));
        thread.Write(Party.Producer, "p", "Còn ạ.", [], start.AddHours(3));
        thread.Write(Party.Producer, "p", "Gửi ngay.", [], start.AddHours(5));
        Assert.Equal((Party.Buyer, start.AddHours(3).UtcDateTime, start.AddHours(5).UtcDateTime), (thread.StartedBy!.Value, thread.FirstProducerReplyAtUtc!.Value, thread.LastMessageAtUtc!.Value));
    }
}
