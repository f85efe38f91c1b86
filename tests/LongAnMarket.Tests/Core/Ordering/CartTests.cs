using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;

namespace LongAnMarket.Tests.Core.Ordering;

public sealed class CartTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Adding_the_same_pack_again_adds_to_its_quantity_up_to_the_limit()
    {
        var cart = Cart.ForGuest(Now);
        cart.Add(7, 2, 90_000, Now);
        cart.Add(7, 3, 95_000, Now);
        var line = Assert.Single(cart.Lines);
        Assert.Equal(5, line.Quantity);
        Assert.Equal(90_000, line.PriceSeenDong);
        cart.Add(7, CartLine.MaxQuantity, 95_000, Now);
        Assert.Equal(CartLine.MaxQuantity, line.Quantity);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(CartLine.MaxQuantity + 1)]
    [InlineData(int.MaxValue)]
    public void Quantities_outside_one_to_the_limit_are_refused_and_change_nothing(int quantity)
    {
        var cart = Cart.ForGuest(Now);
        cart.Add(7, 2, 90_000, Now);
        Assert.Throws<DomainException>(() => cart.Add(8, quantity, 1_000, Now));
        if (quantity != 0) Assert.Throws<DomainException>(() => cart.SetQuantity(7, quantity, Now));
        Assert.Equal(2, Assert.Single(cart.Lines).Quantity);
    }

    [Fact]
    public void Setting_zero_removes_a_line_and_a_guest_cart_merges_into_the_account_cart()
    {
        var account = Cart.ForAccount("u1", Now);
        account.Add(1, 1, 10_000, Now);
        account.Add(2, 4, 20_000, Now);
        account.SetQuantity(2, 0, Now);
        var guest = Cart.ForGuest(Now);
        guest.Add(1, 2, 10_000, Now);
        guest.Add(3, 1, 30_000, Now);
        account.MergeFrom(guest, Now);
        Assert.Equal([(1, 3), (3, 1)], account.Lines.Select(l => (l.VariantId, l.Quantity)));
        Assert.Empty(guest.Lines);
    }

    [Fact]
    public void A_cart_holds_a_bounded_number_of_lines()
    {
        var cart = Cart.ForGuest(Now);
        for (var i = 1; i <= Cart.MaxLines; i++) cart.Add(i, 1, 1_000, Now);
        Assert.Throws<DomainException>(() => cart.Add(Cart.MaxLines + 1, 1, 1_000, Now));
        Assert.Equal(Cart.MaxLines, cart.Lines.Count);
    }
}
