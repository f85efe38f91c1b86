using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LongAnMarket.BrowserTests.Support;
using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Traceability;

/// <summary>
/// The provenance page's verdict as a consumer sees it on a phone and a desktop: a record time-stamped by the TSA, its
/// printed A4 copy, and a record whose inspection report was changed on disk. No console error or CSP violation.
/// </summary>
public sealed class ProvenanceVerdictTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Theory]
    [InlineData(390, 844, true)]
    [InlineData(1366, 900, false)]
    public async Task A_time_stamped_record_says_by_whom_and_when_and_prints_so(int width, int height, bool phone)
    {
        await using var context = await Fixture.SizedAsync(width, height, phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/p/gao-nang-thom-cho-dao");
        var lotLink = await page.Locator(".product__trace a").GetAttributeAsync("href");

        // The site time-stamps its log every 5 minutes (and when it starts); the operator's command does it now.
        await Fixture.Site.RunCommandAsync("anchor-trace-log");
        await page.GotoAsync(lotLink!);
        var verdict = page.Locator(".trace-verify--ok");
        await Assertions.Expect(verdict).ToContainTextAsync("Hồ sơ nguyên vẹn");
        await Assertions.Expect(verdict).ToContainTextAsync(new Regex(@"Đóng dấu thời gian bởi LongAnMarket Test TSA lúc \d\d:\d\d:\d\d \d\d/\d\d/\d{4}"));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        await page.ScreenshotAsync(new() { Path = Fixture.Screenshot($"23-provenance-time-stamped-{width}"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        if (!phone)
        {
            var pdf = Fixture.Screenshot("24-provenance-printed").Replace(".png", ".pdf");
            await page.PdfAsync(new() { Path = pdf, Format = "A4", PrintBackground = true });
            var printed = await PdfTextAsync(pdf);
            Assert.Contains("Hồ sơ nguyên vẹn", printed);
            Assert.Contains("Đóng dấu thời gian bởi LongAnMarket Test TSA", printed);
        }
    }

    [Theory]
    [InlineData(390, 844, true)]
    [InlineData(1366, 900, false)]
    public async Task A_record_whose_inspection_report_was_changed_on_disk_shows_as_altered(int width, int height, bool phone)
    {
        var (lotPath, sequence) = await TamperedLotAsync();
        await using var context = await Fixture.SizedAsync(width, height, phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(lotPath);
        var verdict = page.Locator(".trace-verify--bad");
        await Assertions.Expect(verdict).ToContainTextAsync($"Hồ sơ đã bị sửa sau sự kiện {sequence - 1}");
        await Assertions.Expect(page.Locator(".trace-verify--ok")).ToHaveCountAsync(0);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        await page.ScreenshotAsync(new() { Path = Fixture.Screenshot($"25-provenance-altered-{width}"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>
    /// A demo lot with an inspection report (not the rice or paddy lots other journeys open), whose PDF is overwritten in
    /// the site's media folder as someone with access to the disk would; the same bytes each time, so either width may go first.
    /// </summary>
    private async Task<(string Path, int Sequence)> TamperedLotAsync()
    {
        using var http = new HttpClient { BaseAddress = Fixture.Site.Address };
        for (var id = 1; id < 200; id++)
        {
            var response = await http.GetAsync($"/trace/lots/{id}/epcis");
            if (!response.IsSuccessStatusCode) break;
            var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            var lot = (string)document["longan:chain"]!["longan:lot"]!;
            if (!Regex.IsMatch(lot, "/10/L\\d{6}-\\d+$")) continue;
            var events = document["epcisBody"]!["eventList"]!.AsArray();
            static string? Report(JsonNode? e) => e?["longan:attachments"]?.AsArray()
                .Select(a => (string?)a?["longan:path"]).FirstOrDefault(p => p?.EndsWith(".pdf", StringComparison.Ordinal) == true);
            var index = events.ToList().FindIndex(e => Report(e) is not null);
            if (index < 0) continue;
            var path = Report(events[index])!;
            await File.WriteAllTextAsync(Path.Combine(Fixture.Site.DataPath, "media", path["/media/".Length..]), "%PDF-1.4 changed after it was sealed\n%%EOF\n");
            return (new Uri(lot).AbsolutePath, index + 1);
        }
        throw new InvalidOperationException("The demo has no lot with an inspection report.");
    }

    private static async Task<string> PdfTextAsync(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, ArgumentList = { "-enc", "UTF-8", pdf, "-" } };
        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return text;
    }
}
