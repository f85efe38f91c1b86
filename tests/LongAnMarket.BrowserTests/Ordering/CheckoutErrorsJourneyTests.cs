using LongAnMarket.BrowserTests.Support;
using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Ordering;

/// <summary>On a phone, an empty checkout says everything at once beside each field and puts the cursor on the first.</summary>
public sealed class CheckoutErrorsJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task An_empty_checkout_marks_every_field_focuses_the_first_and_checks_the_phone_as_typed()
    {
        await using var phone = await Fixture.PhoneAsync();
        var page = await phone.NewPageAsync();
        await page.GotoAsync("/p/banh-phong-nep-can-giuoc");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm vào giỏ" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-cart-count]")).ToHaveTextAsync("1");
        await page.GotoAsync("/checkout");
        var order = page.Locator("form[action='/checkout'] button[type=submit]");
        var due = page.Locator(".checkout__due");
        await Assertions.Expect(due).ToBeVisibleAsync();
        Assert.True((await due.BoundingBoxAsync())!.Y < (await order.BoundingBoxAsync())!.Y); // the total above the button on a phone

        await order.ClickAsync();
        await page.WaitForURLAsync("**/checkout", new() { WaitUntil = WaitUntilState.Commit });
        foreach (var field in new[] { "Name", "Phone", "Email", "Commune", "Street" }) // the province comes filled in
        {
            await Assertions.Expect(page.Locator($"#{field}")).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(page.Locator($"#{field}-error")).ToBeVisibleAsync();
        }
        Assert.Equal("Name", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.ScreenshotAsync(new() { Path = Fixture.Screenshot("68-phone-checkout-errors") });

        await page.Locator("#Phone").FillAsync("12345");
        await page.Locator("#Street").FocusAsync();
        await Assertions.Expect(page.Locator("#Phone-error")).ToContainTextAsync("10 chữ số");
        await page.Locator("#Phone").FillAsync("0912 345 678");
        await page.Locator("#Street").FocusAsync();
        await Assertions.Expect(page.Locator("#Phone-error")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#Phone")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
