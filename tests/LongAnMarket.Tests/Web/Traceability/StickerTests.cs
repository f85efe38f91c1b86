using System.Net;
using LongAnMarket.Infrastructure.Traceability;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Traceability;

/// <summary>
/// Anti-counterfeit stickers: looking at a sticker's page never claims it (link previews, crawlers, curl, prefetch, a
/// phone's scan before buying); only a person's "I just bought this" does, once.
/// </summary>
public abstract class StickerTests(AppFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;
    private static readonly int Suspicious = new TraceabilityOptions().SuspiciousSerialChecks;

    public static TheoryData<string> Lookers =>
    [
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "WhatsApp/2.23.20.0 A",
        "Mozilla/5.0 (Linux; Android 13; SM-A536E Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.144 Mobile Safari/537.36 Zalo android/12100570 ZaloTheme/light ZaloLanguage/vn",
        "Twitterbot/1.0",
        "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
        "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
        "TelegramBot (like TwitterBot)",
        "curl/8.5.0",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    ];

    [Fact]
    public async Task Link_previews_crawlers_curl_head_prefetch_and_a_phone_look_without_claiming_the_sticker_and_every_get_is_a_scan()
    {
        var (lot, serials) = await LotWithStickersAsync(1);
        var path = $"{lot.Path}/21/{serials[0]}";
        foreach (var agent in Lookers)
        {
            var looker = new Visitor(_app);
            looker.Client.DefaultRequestHeaders.UserAgent.ParseAdd(agent);
            var response = await looker.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await HtmlPage.ParseAsync(response);
            Assert.Contains("Mã hợp lệ — chưa có ai xác nhận đã mua", page.Text());
            Assert.Equal("Tôi vừa mua sản phẩm này", page.QuerySelector($"form[action='{path}'] button[type=submit]")!.TextContent.Trim());
        }
        var prefetch = new HttpRequestMessage(HttpMethod.Get, path);
        prefetch.Headers.Add("Sec-Purpose", "prefetch");
        Assert.Equal(HttpStatusCode.OK, (await new Visitor(_app).Client.SendAsync(prefetch)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await new Visitor(_app).Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path))).StatusCode);

        var sticker = await StickerAsync(serials[0]);
        Assert.Null(sticker.FirstConfirmedAtUtc);
        Assert.Equal(0, sticker.LaterConfirmations);
        Assert.Equal(0, await _app.WithDbAsync(db => db.SerialConfirmations.CountAsync(c => c.SerialId == sticker.Id)));
        var gets = Lookers.Count + 1;
        Assert.Equal(gets, await Eventually.ReadAsync(() => _app.WithDbAsync(db => db.Scans.CountAsync(s => s.SerialId == sticker.Id)),
            n => n >= gets, TimeSpan.FromSeconds(30))); // every GET, not the HEAD
    }

    [Fact]
    public async Task The_first_person_to_confirm_is_told_so_even_later_and_everyone_after_is_warned_it_may_be_a_fake()
    {
        var (lot, serials) = await LotWithStickersAsync(1);
        var path = $"{lot.Path}/21/{serials[0]}";
        var buyer = Peer("10.1.0.1");
        var confirmed = await ConfirmAsync(buyer, path);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(path + "#sticker", confirmed.Headers.Location!.OriginalString);
        var mine = (await buyer.PageAsync(path)).Text();
        Assert.Contains("Bạn là người đầu tiên xác nhận", mine);
        var first = (await StickerAsync(serials[0])).FirstConfirmedAtUtc!.Value;
        Assert.Contains((first + TestLot.Vietnam).ToString("HH:mm dd/MM/yyyy"), mine);

        var stranger = Peer("10.1.0.2");
        var page = await stranger.PageAsync(path);
        Assert.Contains($"Tem này đã được xác nhận lần đầu ngày {(first + TestLot.Vietnam):dd/MM/yyyy}: có thể là hàng giả", page.Text());
        Assert.Equal("Tôi cũng vừa mua sản phẩm này", page.QuerySelector($"form[action='{path}'] button")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("a[href^='/trace/report?code=']"));
        Assert.Contains("Bạn là người đầu tiên xác nhận", (await buyer.PageAsync(path)).Text()); // still, on the buyer's phone

        await ConfirmAsync(stranger, path);
        var after = (await stranger.PageAsync(path)).Text();
        Assert.Contains("Cảm ơn bạn: sàn đã ghi nhận xác nhận của bạn.", after);
        Assert.Contains("có thể là hàng giả", after);
        Assert.Equal(1, (await StickerAsync(serials[0])).LaterConfirmations);
    }

    [Fact]
    public async Task Another_phone_behind_the_first_buyers_address_is_warned_not_told_it_was_first()
    {
        var (lot, serials) = await LotWithStickersAsync(1);
        var path = $"{lot.Path}/21/{serials[0]}";
        await ConfirmAsync(Peer("10.3.0.1"), path);
        var neighbour = Peer("10.3.0.1"); // the same carrier address, another phone
        await ConfirmAsync(neighbour, path);
        var page = (await neighbour.PageAsync(path)).Text();
        Assert.DoesNotContain("Bạn là người đầu tiên xác nhận", page);
        Assert.Contains("có thể là hàng giả", page);
    }

    [Fact]
    public async Task A_sticker_turns_suspicious_after_confirmations_by_different_clients_and_a_client_counts_once()
    {
        var (lot, serials) = await LotWithStickersAsync(1);
        var path = $"{lot.Path}/21/{serials[0]}";
        await ConfirmAsync(Peer("10.2.0.1"), path);
        for (var i = 0; i < 3; i++) await ConfirmAsync(Peer("10.2.0.2"), path); // one client, three taps, new browsers
        await ConfirmAsync(Peer("10.2.0.1"), path); // the first buyer again
        Assert.Equal(1, (await StickerAsync(serials[0])).LaterConfirmations);
        Assert.DoesNotContain("đáng ngờ", (await Peer("10.2.0.9").PageAsync(path)).Text());

        for (var i = 2; i <= Suspicious; i++) await ConfirmAsync(Peer($"10.2.1.{i}"), path);
        var sticker = await StickerAsync(serials[0]);
        Assert.Equal(Suspicious, sticker.LaterConfirmations);
        Assert.Contains("Sàn đã đánh dấu tem này là đáng ngờ.", (await Peer("10.2.0.9").PageAsync(path)).Text());
        Assert.Equal(Suspicious + 1, await _app.WithDbAsync(db => db.SerialConfirmations.CountAsync(c => c.SerialId == sticker.Id)));
    }

    [Fact]
    public async Task Two_people_confirming_a_new_sticker_at_once_are_not_both_told_they_were_first()
    {
        var (lot, serials) = await LotWithStickersAsync(1);
        var sticker = await StickerAsync(serials[0]);
        var outcomes = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => _app.WithServicesAsync(services =>
            services.GetRequiredService<SerialService>().ConfirmAsync(sticker.Id, $"{i:x16}"))));
        Assert.Single(outcomes, o => o == SerialConfirmationOutcome.First);
        Assert.Equal(5, (await StickerAsync(serials[0])).LaterConfirmations);
    }

    [Fact]
    public async Task A_confirmation_without_a_form_token_on_a_lot_or_on_an_unknown_sticker_changes_nothing()
    {
        var (lot, serials) = await LotWithStickersAsync(1);
        var path = $"{lot.Path}/21/{serials[0]}";
        var forged = await new Visitor(_app).Client.PostAsync(path, new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var visitor = new Visitor(_app);
        var form = await visitor.PageAsync(path);
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var onLot = await visitor.Client.PostAsync(lot.Path, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.BadRequest, onLot.StatusCode);
        Assert.Contains("Chỉ tem có số sê-ri mới xác nhận mua được.", (await HtmlPage.ParseAsync(onLot)).Text());
        var unknown = await visitor.Client.PostAsync($"{lot.Path}/21/KHONGCO123", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("hàng giả", (await HtmlPage.ParseAsync(unknown)).Text());
        Assert.Null((await StickerAsync(serials[0])).FirstConfirmedAtUtc);
    }

    [Fact]
    public async Task A_sticker_never_issued_is_a_404_counterfeit_warning_naming_the_genuine_product()
    {
        var (lot, _) = await LotWithStickersAsync(1);
        var response = await new Visitor(_app).GetAsync($"{lot.Path}/21/FAKE123456");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Contains("Số sê-ri này chưa từng được phát hành", page.Text());
        Assert.Contains("hàng giả", page.Text());
        Assert.Equal(lot.Product.Name, page.QuerySelector($"a[href='/p/{lot.Product.Slug}']")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href^='/trace/report']"));
    }

    private Visitor Peer(string address)
    {
        var visitor = new Visitor(_app);
        visitor.Client.DefaultRequestHeaders.Add(TestPeer.Header, address);
        return visitor;
    }

    private static Task<HttpResponseMessage> ConfirmAsync(Visitor visitor, string path) => visitor.SubmitAsync(path, path, []);

    private Task<LotSerialRow> StickerAsync(string value) => _app.WithDbAsync(db => db.LotSerials.Where(s => s.Value == value)
        .Select(s => new LotSerialRow(s.Id, s.FirstConfirmedAtUtc, s.LaterConfirmations)).SingleAsync());

    private sealed record LotSerialRow(long Id, DateTime? FirstConfirmedAtUtc, int LaterConfirmations);

    private async Task<(TestLot Lot, List<string> Serials)> LotWithStickersAsync(int count)
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        await _app.WithServicesAsync(s => s.GetRequiredService<SerialService>().RequestAsync(lot.Catalog.Producer.Id, lot.LotId, count, "test"));
        var serials = await Eventually.ReadAsync( // the background issuer holds the batch's lease
            () => _app.WithDbAsync(db => db.LotSerials.Where(x => x.LotId == lot.LotId).Select(x => x.Value).ToListAsync()), s => s.Count >= count, TimeSpan.FromSeconds(30));
        return (lot, serials);
    }
}

public sealed class StickerTestsOnSqlite(SqliteAppFixture fixture) : StickerTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class StickerTestsOnMariaDb(MariaDbAppFixture fixture) : StickerTests(fixture), IClassFixture<MariaDbAppFixture>;
