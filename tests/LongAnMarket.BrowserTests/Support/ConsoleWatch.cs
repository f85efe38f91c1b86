using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Support;

/// <summary>
/// Collects every console error, uncaught script error and CSP violation of the pages of the browser contexts it
/// watches. Chromium's line for a page's own intended 4xx status ("Failed to load resource: … status of 4xx") is the
/// one error allowed.
/// </summary>
public sealed class ConsoleWatch
{
    private readonly List<string> _problems = [];

    public IBrowserContext Watch(IBrowserContext context)
    {
        context.Console += (_, message) =>
        {
            if (message.Type != "error" && !message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) return;
            if (message.Text.StartsWith("Failed to load resource: the server responded with a status of 4", StringComparison.Ordinal)) return;
            lock (_problems) _problems.Add($"{message.Location}: {message.Text}");
        };
        context.WebError += (_, error) => { lock (_problems) _problems.Add(error.Error); };
        return context;
    }

    public void Reset()
    {
        lock (_problems) _problems.Clear();
    }

    public void AssertClean()
    {
        lock (_problems) Assert.True(_problems.Count == 0, "Console errors or CSP violations:\n" + string.Join("\n", _problems));
    }
}
