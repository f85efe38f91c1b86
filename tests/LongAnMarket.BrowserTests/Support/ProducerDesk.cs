using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Support;

/// <summary>What the demo producer does at its desk before a sticker test: sign in, make a lot, ask for stickers.</summary>
public static class ProducerDesk
{
    public static Task SignInAsync(IPage page) => SignInAsync(page, "producer@longanmarket.example", "demo-producer-long-an");

    /// <summary>Signs in an account without two-factor (a demo producer or shopper) and waits for its account page.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/account$"), new() { WaitUntil = WaitUntilState.Commit }); // the load event after a POST redirect is not always reported
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tài khoản của tôi" })).ToBeVisibleAsync();
    }

    /// <summary>A new lot of the producer's paddy, harvested today, with <paramref name="stickers"/> stickers issued.</summary>
    public static async Task<(int LotId, int BatchId)> LotWithStickersAsync(IPage page, string lotCode, int stickers)
    {
        await page.GotoAsync("/seller/lots/new");
        var form = page.Locator("form[action='/seller/lots/new']");
        // The cooperative's paddy, not its rice: the rice's product page must keep pointing at the demo lot with a history.
        var paddy = await form.Locator("[name=VariantId] option", new() { HasText = "Lúa tươi" }).GetAttributeAsync("value");
        await form.Locator("[name=VariantId]").SelectOptionAsync(paddy!);
        await form.Locator("[name=Code]").FillAsync(lotCode);
        await form.Locator("[name=Quantity]").FillAsync("240");
        await form.Locator("[name=Date]").FillAsync(DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd"));
        await form.Locator("[name=LocationId]").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await form.GetByRole(AriaRole.Button, new() { Name = "Tạo lô và ký số" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/seller/lots/\d+$"), new() { WaitUntil = WaitUntilState.Commit });
        var lotId = int.Parse(Regex.Match(page.Url, @"/seller/lots/(\d+)$").Groups[1].Value);

        await page.Locator("#serial-count").FillAsync(stickers.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo tem" }).ClickAsync();
        var print = page.GetByRole(AriaRole.Link, new() { Name = "In tem" });
        for (var attempt = 0; attempt < 120 && await print.CountAsync() == 0; attempt++)
        {
            await page.WaitForTimeoutAsync(250); // the background issuer fills the batch; the page shows it on reload
            await page.ReloadAsync();
        }
        var href = await print.GetAttributeAsync("href") ?? throw new Xunit.Sdk.XunitException("The stickers were not issued within 30 s.");
        return (lotId, int.Parse(Regex.Match(href, @"/serials/(\d+)/labels").Groups[1].Value));
    }

    /// <summary>The GTIN of a batch's lot and its serials in issue order, read from the site's database.</summary>
    public static (string Gtin, List<string> Serials) Stickers(RunningSite site, int batchId, string? lengthenTo20With = null)
    {
        using var db = new SqliteConnection($"Data Source={Path.Combine(site.DataPath, "longan.db")};Default Timeout=30");
        db.Open();
        if (lengthenTo20With is not null)
        {
            using var lengthen = db.CreateCommand();
            lengthen.CommandText = "UPDATE LotSerials SET Value = Value || $tag || printf('%06d', Id) WHERE BatchId = $batch AND length(Value) = 10";
            lengthen.Parameters.AddWithValue("$tag", lengthenTo20With);
            lengthen.Parameters.AddWithValue("$batch", batchId);
            lengthen.ExecuteNonQuery();
        }
        using var read = db.CreateCommand();
        read.CommandText = "SELECT l.Gtin, s.Value FROM LotSerials s JOIN Lots l ON l.Id = s.LotId WHERE s.BatchId = $batch ORDER BY s.Id";
        read.Parameters.AddWithValue("$batch", batchId);
        using var rows = read.ExecuteReader();
        var (gtin, serials) = ("", new List<string>());
        while (rows.Read())
        {
            gtin = rows.GetString(0);
            serials.Add(rows.GetString(1));
        }
        return (gtin, serials);
    }
}
