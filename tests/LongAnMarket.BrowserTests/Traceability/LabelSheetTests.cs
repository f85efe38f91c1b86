using System.Diagnostics;
using System.Text.RegularExpressions;
using LongAnMarket.BrowserTests.Support;
using LongAnMarket.Core.Traceability;
using Microsoft.Playwright;
using SkiaSharp;
using ZXing;

namespace LongAnMarket.BrowserTests.Traceability;

/// <summary>
/// A producer prints a sheet of serial stickers with the longest links there can be (a 30-character host, a 20-character
/// lot, 20-character serials): one A4 page of 3 × 8 cells of 70 × 37 mm, read back from the printed PDF at 600 dpi.
/// </summary>
public sealed class LabelSheetTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const double Dpi = 600;
    private const string LotCode = "LA-2026/TN.0001_ABCD";

    [Fact]
    public async Task A_sheet_of_24_stickers_prints_on_one_a4_page_and_every_code_scans_to_its_exact_link_at_half_a_millimetre_a_module()
    {
        await using var context = await Fixture.SizedAsync(1366, 900, phone: false);
        var page = await context.NewPageAsync();
        await ProducerDesk.SignInAsync(page);
        var (lotId, batchId) = await ProducerDesk.LotWithStickersAsync(page, LotCode, 24);
        // The site issues 10-character serials; GS1 allows 20: these get 10 more, so the sheet has the longest links there are.
        var (gtin, serials) = ProducerDesk.Stickers(Fixture.Site, batchId, lengthenTo20With: "LATN");
        Assert.Equal(24, serials.Count);
        Assert.All(serials, s => Assert.Equal(20, s.Length));
        var links = serials.Select(s => new DigitalLink(gtin, LotCode, s).ToUri(Fixture.Site.PublicOrigin.ToString())).ToList();

        await page.GotoAsync($"/seller/lots/{lotId}/serials/{batchId}/labels?page=1");
        await Assertions.Expect(page.Locator(".label")).ToHaveCountAsync(24);
        await Assertions.Expect(page.Locator(".sheet-tools__note").First).ToContainTextAsync("tỷ lệ 100 %");
        Assert.Equal("9.33333px", await page.Locator(".label__hri").First.EvaluateAsync<string>("e => getComputedStyle(e).fontSize")); // 7 pt
        var overflowing = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('.label')].filter(l => l.scrollHeight > l.clientHeight + 1 || l.scrollWidth > l.clientWidth + 1).length");
        Assert.Equal(0, overflowing);
        await page.ScreenshotAsync(new() { Path = Fixture.Screenshot("60-desktop-label-sheet"), FullPage = true });

        // The print button comes from the site's script (the CSP forbids inline handlers) and calls the browser's print.
        await page.EvaluateAsync("() => { window.print = () => document.documentElement.setAttribute('data-printed', 'yes'); }");
        await page.GetByRole(AriaRole.Button, new() { Name = "In nhãn" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-printed", "yes");

        using var folder = new TempFolder();
        var pdf = Path.Combine(folder.Path, "labels.pdf");
        await page.PdfAsync(new() { Path = pdf, PreferCSSPageSize = true, PrintBackground = true });
        var info = await RunAsync("pdfinfo", pdf);
        Assert.Matches(new Regex(@"^Pages:\s+1$", RegexOptions.Multiline), info);
        var size = Regex.Match(info, @"^Page size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline);
        Assert.True(size.Success, info);
        Assert.InRange(double.Parse(size.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 594.5, 596.5); // A4: 595.28 × 841.89 pt
        Assert.InRange(double.Parse(size.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), 841, 843);
        var text = await RunAsync("pdftotext", "-layout", pdf, "-");
        Assert.All(serials, s => Assert.Contains($"(21) {s}", text));
        Assert.DoesNotContain("tỷ lệ 100 %", text); // the note is for the screen only

        await RunAsync("pdftoppm", "-r", "600", "-gray", "-png", "-singlefile", pdf, Path.Combine(folder.Path, "sheet"));
        using var sheet = SKBitmap.Decode(Path.Combine(folder.Path, "sheet.png"));
        using var gray = sheet.Copy(SKColorType.Gray8);
        Assert.Equal(Math.Round(Px(210)), gray.Width, 5.0); // 210 mm within 0.2 mm (the PDF page is 595 pt wide)
        for (var cell = 0; cell < 24; cell++)
        {
            var (x, y) = (Px(70 * (cell % 3)), Px(0.5 + 37 * (cell / 3)));
            var crop = Crop(gray, (int)x, (int)y, (int)Px(70), (int)Px(37));
            if (cell == 0) Save(crop, Fixture.Screenshot("62-printed-label-cell-600dpi"));
            var qr = Crop(gray, (int)x, (int)y, (int)Px(1.5 + 26.5 + 0.75), (int)Px(0.75 + 26.5 + 0.5)); // the QR's room, quiet zone included
            var decoded = Decode(qr.Pixels, qr.Width, qr.Height) ?? Decode(crop.Pixels, crop.Width, crop.Height);
            if (decoded is null) Save(crop, Fixture.Screenshot($"63-printed-label-cell-{cell}-unreadable"));
            Assert.True(decoded == links[cell], $"cell {cell}: read “{decoded}”, printed for {links[cell]}");
            var (moduleMm, quietModules) = MeasureQr(crop.Pixels, crop.Width, crop.Height);
            Assert.True(moduleMm >= 0.495, $"cell {cell}: a module measures {moduleMm:0.000} mm"); // 0.5 mm within a pixel over 7 modules
            Assert.True(quietModules >= 4, $"cell {cell}: {quietModules:0.0} modules of quiet zone");
        }

        await using var phone = await Fixture.SizedAsync(390, 844, phone: true);
        var small = await phone.NewPageAsync();
        await ProducerDesk.SignInAsync(small);
        await small.GotoAsync($"/seller/lots/{lotId}/serials/{batchId}/labels?page=1");
        await Assertions.Expect(small.GetByRole(AriaRole.Button, new() { Name = "In nhãn" })).ToBeVisibleAsync();
        Assert.Equal(390, await small.EvaluateAsync<int>("() => document.documentElement.scrollWidth")); // only the preview scrolls sideways
        await small.ScreenshotAsync(new() { Path = Fixture.Screenshot("61-phone-label-sheet") });
    }

    private static double Px(double mm) => mm * Dpi / 25.4;

    private static (byte[] Pixels, int Width, int Height) Crop(SKBitmap gray, int x, int y, int width, int height)
    {
        width = Math.Min(width, gray.Width - x);
        height = Math.Min(height, gray.Height - y);
        var pixels = new byte[width * height];
        var source = gray.GetPixelSpan();
        for (var row = 0; row < height; row++)
            source.Slice((y + row) * gray.RowBytes + x, width).CopyTo(pixels.AsSpan(row * width, width));
        return (pixels, width, height);
    }

    private static void Save((byte[] Pixels, int Width, int Height) crop, string path)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(crop.Width, crop.Height, SKColorType.Gray8, SKAlphaType.Opaque));
        crop.Pixels.CopyTo(bitmap.GetPixelSpan());
        using var file = File.Create(path);
        bitmap.Encode(file, SKEncodedImageFormat.Png, 100);
    }

    /// <summary>
    /// Reads the code as a phone would: at 600 dpi first, then as a camera sees it from further away (half and quarter
    /// resolution). ZXing's finder-pattern search misses the odd perfectly printed symbol at one scale only.
    /// </summary>
    private static string? Decode(byte[] pixels, int width, int height)
    {
        var reader = new BarcodeReaderGeneric { Options = { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true } };
        for (var scale = 1; scale <= 4; scale *= 2)
        {
            var (w, h) = (width / scale, height / scale);
            var scaled = scale == 1 ? pixels : new byte[w * h];
            if (scale > 1)
                for (var y = 0; y < h; y++)
                    for (var x = 0; x < w; x++)
                    {
                        var sum = 0;
                        for (var dy = 0; dy < scale; dy++)
                            for (var dx = 0; dx < scale; dx++) sum += pixels[(y * scale + dy) * width + x * scale + dx];
                        scaled[y * w + x] = (byte)(sum / (scale * scale));
                    }
            // ZXing now and then reports a QR it located but could not read as empty text: a miss, so the next scale is tried.
            if (reader.Decode(new RGBLuminanceSource(scaled, w, h, RGBLuminanceSource.BitmapFormat.Gray8))?.Text is { Length: > 0 } text) return text;
        }
        return null;
    }

    /// <summary>
    /// The module size from the top-left finder pattern (its top edge is 7 dark modules), and the light margin left of it
    /// within the cell, in modules.
    /// </summary>
    private static (double ModuleMm, double QuietModules) MeasureQr(byte[] pixels, int width, int height)
    {
        var qrArea = (int)Px(1.5 + 26.5); // padding and the QR's room: the text to its right and below is not looked at
        for (var y = 0; y < Math.Min(height, qrArea); y++)
            for (var x = 0; x < qrArea; x++)
            {
                if (pixels[y * width + x] >= 128) continue;
                var row = (y + 2) * width;
                var end = x;
                while (end < width && pixels[row + end] < 128) end++;
                var modulePx = (end - x) / 7.0;
                return (modulePx * 25.4 / Dpi, x / modulePx);
            }
        throw new Xunit.Sdk.XunitException("No QR code in the cell.");
    }

    private static async Task<string> RunAsync(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} failed: {await error}");
        return await output;
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("longan-labels-").FullName;
        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
