using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;

namespace LongAnMarket.Tests.Core.Ordering;

public sealed class BuyerTests
{
    [Fact]
    public void A_buyer_is_cleaned_and_the_mobile_number_normalised()
    {
        var buyer = Buyer.Create("  Trần  Văn Lúa ", "0912 345 678", "Lua@Example.VN", "Tây Ninh", "Cần Đước", "12 đường Chợ Đào", "");
        Assert.Equal(("Trần Văn Lúa", "+84912345678", "lua@example.vn", (string?)null), (buyer.Name, buyer.Phone, buyer.Email, buyer.Note));
    }

    [Theory]
    [InlineData("", "0912345678", "a@b.vn", "Tên người nhận")]
    [InlineData("An", "02723123456", "a@b.vn", "di động")]
    [InlineData("An", "12345", "a@b.vn", "Số điện thoại")]
    [InlineData("An", "0912345678", "khong-phai-email", "Email")]
    public void A_bad_field_is_named_in_the_message(string name, string phone, string email, string expected)
    {
        var error = Assert.Throws<DomainException>(() => Buyer.Create(name, phone, email, "Tây Ninh", "Cần Đước", "12 Chợ Đào", null));
        Assert.Contains(expected, error.Message);
    }
}
