using LongAnMarket.BrowserTests.Support;
using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Accounts;

/// <summary>Every form with an email checks it as it is typed (where JavaScript runs), beside the field.</summary>
public sealed class TypedEmailJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Theory]
    [InlineData("/account/register")]
    [InlineData("/account/login")]
    [InlineData("/orders/track")]
    public async Task A_mistyped_email_is_said_beside_the_field_and_the_message_goes_once_it_is_right(string path)
    {
        await using var phone = await Fixture.PhoneAsync();
        var page = await phone.NewPageAsync();
        await page.GotoAsync(path);
        var email = page.Locator("input[type=email]").First;
        await email.FillAsync("lua.nang.thom@");
        await email.PressAsync("Tab");
        var id = await email.GetAttributeAsync("id");
        await Assertions.Expect(page.Locator($"#{id}-error")).ToContainTextAsync("Email chưa đúng dạng");
        await Assertions.Expect(email).ToHaveAttributeAsync("aria-invalid", "true");
        await email.FillAsync("lua.nang.thom@example.vn");
        await email.PressAsync("Tab");
        await Assertions.Expect(page.Locator($"#{id}-error")).ToHaveCountAsync(0);
    }
}
