using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Support;

/// <summary>
/// A browser test: it fails when any page it opened, in any context the fixture made, logged a console error, threw, or
/// broke the Content-Security-Policy.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest : IAsyncLifetime
{
    protected BrowserTest(BrowserFixture fixture) => Fixture = fixture;

    /// <summary>The shared site and browser.</summary>
    protected BrowserFixture Fixture { get; }

    public Task InitializeAsync()
    {
        Fixture.Console.Reset();
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Fixture.Console.AssertClean();
        return Task.CompletedTask;
    }

    /// <summary>The page fits its width (no sideways scroll), is saved as a full-page screenshot, and passes axe.</summary>
    protected async Task FitsAndPassesAxeAsync(IPage page, string screenshot)
    {
        await FitsAsync(page, screenshot);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>The page fits its width and is saved as a full-page screenshot (axe has checked its markup at another width).</summary>
    protected async Task FitsAsync(IPage page, string screenshot)
    {
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), $"{screenshot} scrolls sideways");
        await page.ScreenshotAsync(new() { Path = Fixture.Screenshot(screenshot), FullPage = true });
    }
}
