using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Support;

/// <summary>What a shopper types on /checkout before placing the order.</summary>
public static class CheckoutPage
{
    /// <summary>The recipient, a mobile number, a fresh email address and where to deliver.</summary>
    public static async Task FillRecipientAsync(IPage page, string name, string commune, string street)
    {
        await page.GetByLabel("Họ tên người nhận").FillAsync(name);
        await page.GetByLabel("Số di động").FillAsync("0912 345 678");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync($"mua-{Guid.NewGuid():N}@example.vn");
        await page.GetByLabel("Xã/phường/đặc khu").FillAsync(commune);
        await page.GetByLabel("Số nhà, đường, ấp/khu phố").FillAsync(street);
    }
}
