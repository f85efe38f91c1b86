using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Support;

/// <summary>One running site and one headless Debian Chromium for all browser tests. No browser is downloaded.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? _playwright;

    public RunningSite Site { get; private set; } = null!;
    /// <summary>Watches every context made here; <see cref="BrowserTest"/> checks it after each test.</summary>
    public ConsoleWatch Console { get; } = new();
    public IBrowser Browser { get; private set; } = null!;
    public string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath)) throw new InvalidOperationException($"{ChromiumPath} is missing: `make test` installs Debian's chromium.");
        Directory.CreateDirectory(ScreenshotFolder);
        Site = await RunningSite.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", $"--host-resolver-rules=MAP {RunningSite.PublicHost} 127.0.0.1"],
        });
    }

    /// <summary>A phone-sized page (Android mid-range, as most shoppers in the province use).</summary>
    public Task<IBrowserContext> PhoneAsync() => ContextAsync(new()
    {
        ViewportSize = new() { Width = 390, Height = 844 }, DeviceScaleFactor = 2, IsMobile = true, HasTouch = true,
        Locale = "vi-VN", BaseURL = Site.PublicOrigin.ToString(),
    });

    public Task<IBrowserContext> DesktopAsync() => ContextAsync(new()
    {
        ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "vi-VN", BaseURL = Site.PublicOrigin.ToString(),
    });

    /// <summary>A page of the given size: a phone's (touch, 2× pixels) or a desktop's.</summary>
    public Task<IBrowserContext> SizedAsync(int width, int height, bool phone) => ContextAsync(new()
    {
        ViewportSize = new() { Width = width, Height = height }, IsMobile = phone, HasTouch = phone, DeviceScaleFactor = phone ? 2 : 1,
        Locale = "vi-VN", BaseURL = Site.PublicOrigin.ToString(),
    });

    /// <summary>A phone with JavaScript off: every page must still work.</summary>
    public Task<IBrowserContext> PhoneWithoutScriptAsync() => ContextAsync(new()
    {
        JavaScriptEnabled = false, ViewportSize = new() { Width = 390, Height = 844 }, DeviceScaleFactor = 2, IsMobile = true, HasTouch = true,
        Locale = "vi-VN", BaseURL = Site.PublicOrigin.ToString(),
    });

    /// <summary>A context with the given options, watched for console errors and CSP violations.</summary>
    public async Task<IBrowserContext> ContextAsync(BrowserNewContextOptions options) => Console.Watch(await Browser.NewContextAsync(options));

    public string Screenshot(string name) => Path.Combine(ScreenshotFolder, name + ".png");

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Site is not null) await Site.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
