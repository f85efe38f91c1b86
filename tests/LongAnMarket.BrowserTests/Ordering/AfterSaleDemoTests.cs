using System.Text.RegularExpressions;
using LongAnMarket.BrowserTests.Support;
using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Ordering;

/// <summary>
/// The after-sale care `make run` shows (#25), read by each party at both widths without changing it: the trade office's
/// queue with a breached deadline, a suspected fake checked against its lot and the counterfeit reports, taking a late
/// case (refused without its reason); the buyer answering a proposal and opening a new case; the producer's list.
/// </summary>
public sealed class AfterSaleDemoTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 900)]
    public async Task Each_party_sees_the_demo_complaints_as_their_role_allows(int width, int height)
    {
        await using var shopperContext = await Fixture.SizedAsync(width, height, phone: width < 800);
        var shopper = await shopperContext.NewPageAsync();
        await ProducerDesk.SignInAsync(shopper, "shopper@longanmarket.example", "demo-shopper-long-an");
        await shopper.GotoAsync("/account/orders");
        var demoOrders = (await shopper.Locator("main td[data-label='Mã đơn'] a").AllInnerTextsAsync()).Select(c => c.Trim()).ToHashSet();
        Assert.True(demoOrders.Count >= 6, $"the demo shopper has {demoOrders.Count} orders");

        await using var adminContext = await Fixture.SizedAsync(width, height, phone: width < 800);
        var admin = await adminContext.NewPageAsync();
        await AdminDesk.SignInAsync(Fixture.Site, admin);
        await admin.GotoAsync("/admin/complaints");
        await Assertions.Expect(admin.Locator(".complaint-row td .badge", new() { HasText = "Quá hạn" }).First).ToBeVisibleAsync();
        await FitsAndPassesAxeAsync(admin, $"111-{width}-admin-complaints-demo");

        async Task<(string Code, string Id)> CaseAsync(string status, string producer)
        {
            await admin.GotoAsync($"/admin/complaints?status={status}");
            foreach (var link in await admin.Locator(".complaint-row", new() { HasText = producer }).Locator("th a").AllAsync())
            {
                var code = Regex.Match(await link.InnerTextAsync(), @"· (\w+)").Groups[1].Value;
                if (demoOrders.Contains(code)) return (code, Regex.Match((await link.GetAttributeAsync("href"))!, @"/(\d+)$").Groups[1].Value);
            }
            throw new Xunit.Sdk.XunitException($"No demo case {status} from {producer}");
        }

        // The suspected fake: past the trade office's deadline, its lot and the counterfeit report it filed.
        var fake = await CaseAsync("WithTradeOffice", "Nước mắm Tân Tập");
        await admin.GotoAsync($"/admin/complaints/{fake.Id}");
        await Assertions.Expect(admin.Locator("main .badge", new() { HasText = "Quá hạn quyết định" })).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByTestId("complaint-lots")).ToContainTextAsync("báo cáo hàng giả về lô này");
        await FitsAndPassesAxeAsync(admin, $"112-{width}-admin-complaint-suspected-fake");
        // Its thread, evidence for the case: the trade office reads the buyer's phone number the producer never saw.
        await admin.GetByRole(AriaRole.Link, new() { Name = "Tin nhắn giữa người mua và nhà sản xuất về phần đơn này" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".message").Nth(2)).ToContainTextAsync("0909 123 456");
        await Assertions.Expect(admin.Locator(".message--office")).ToContainTextAsync("đang đối chiếu lô hàng");
        await FitsAndPassesAxeAsync(admin, $"121-{width}-admin-thread");
        await admin.GotoAsync("/admin/reports");
        await Assertions.Expect(admin.Locator($"a[href='/admin/complaints/{fake.Id}']").First).ToBeVisibleAsync();

        // The buyer rang after the fresh-produce window closed: the office may take it, but only with its reason written down.
        var lime = await CaseAsync("Resolved", "Chanh Xanh Lương Hòa");
        await admin.GotoAsync($"/admin/orders/{lime.Code}");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Nhận khiếu nại thay người mua…" }).ClickAsync();
        await admin.GetByLabel("Chanh không hạt", new() { Exact = false }).FillAsync("1");
        await admin.GetByLabel("Lý do", new() { Exact = true }).SelectOptionAsync("Damaged");
        await admin.GetByLabel("Mô tả vấn đề").FillAsync("Người mua gọi đường dây nóng: nửa túi chanh bị úng.");
        await admin.GetByLabel("Hoàn tiền", new() { Exact = true }).CheckAsync();
        await admin.Locator("#Photos").SetInputFilesAsync(new FilePayload { Name = "chanh.png", MimeType = "image/png", Buffer = Photos.Field(640, 480) });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Gửi khiếu nại" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#form-errors")).ToContainTextAsync("hãy ghi lý do nhận khiếu nại quá hạn");
        await FitsAndPassesAxeAsync(admin, $"113-{width}-admin-late-complaint-refused");

        var proposed = await CaseAsync("AwaitingBuyer", "Thanh long Sông Vàm");
        var fresh = await CaseAsync("AwaitingProducer", "Chợ Đào");

        // The buyer reads the producer's offer: the money proposed, accept or take it to the trade office.
        await shopper.GotoAsync($"/orders/{proposed.Code}/complaints/{proposed.Id}");
        await Assertions.Expect(shopper.GetByTestId("complaint-status")).ToHaveTextAsync("Chờ người mua trả lời");
        await Assertions.Expect(shopper.Locator("main")).ToContainTextAsync("50.000 ₫");
        await Assertions.Expect(shopper.GetByRole(AriaRole.Button, new() { Name = "Chuyển lên Ban quản lý sàn" })).ToBeVisibleAsync();
        await Assertions.Expect(shopper.Locator("ol.timeline")).Not.ToContainTextAsync("seed-demo"); // roles, never who
        await FitsAndPassesAxeAsync(shopper, $"114-{width}-buyer-complaint-proposal");
        await shopper.GotoAsync($"/orders/{fake.Code}/parts/" + await PartOfAsync(shopper, fake.Code) + "/messages");
        await Assertions.Expect(shopper.Locator(".message--mine").Last).ToContainTextAsync("0909 123 456"); // one's own words in full
        await FitsAndPassesAxeAsync(shopper, $"123-{width}-buyer-thread");
        await shopper.GotoAsync($"/orders/{fresh.Code}/complaints/new");
        await Assertions.Expect(shopper.GetByLabel("Gạo Nàng Thơm Chợ Đào", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(shopper.Locator("ul.return-terms")).ToBeVisibleAsync();
        await FitsAndPassesAxeAsync(shopper, $"115-{width}-buyer-complaint-form");

        // The cooperative sees the case waiting for it, with the buyer's photo and the lot the bags came from.
        await using var producerContext = await Fixture.SizedAsync(width, height, phone: width < 800);
        var producer = await producerContext.NewPageAsync();
        await ProducerDesk.SignInAsync(producer, "producer@longanmarket.example", "demo-producer-long-an");
        await producer.GotoAsync("/seller/complaints");
        await producer.Locator($"a[href='/seller/complaints/{fresh.Id}']").ClickAsync();
        await Assertions.Expect(producer.GetByTestId("complaint-status")).ToHaveTextAsync("Chờ nhà sản xuất trả lời");
        await Assertions.Expect(producer.Locator("img.complaint__photo")).ToHaveCountAsync(1);
        await Assertions.Expect(producer.GetByTestId("complaint-lots")).ToContainTextAsync("Gạo Nàng Thơm Chợ Đào");
        await Assertions.Expect(producer.GetByTestId("complaint-lots")).Not.ToContainTextAsync("báo cáo");
        await FitsAndPassesAxeAsync(producer, $"116-{width}-seller-complaint-demo");

        // The buyer's question waits for the cooperative in its messages.
        await producer.GotoAsync("/seller/messages");
        await producer.Locator(".thread-row", new() { HasText = "Chờ bạn trả lời" }).First.Locator("a").ClickAsync();
        await Assertions.Expect(producer.Locator(".message").First).ToContainTextAsync("gạo vụ mới");
        await FitsAndPassesAxeAsync(producer, $"122-{width}-seller-thread");
    }

    /// <summary>The order's one part, from the link the order page gives to its thread.</summary>
    private static async Task<string> PartOfAsync(IPage page, string code)
    {
        await page.GotoAsync($"/orders/{code}");
        var href = await page.Locator(".order__messages a").First.GetAttributeAsync("href");
        return Regex.Match(href!, @"/parts/(\d+)/").Groups[1].Value;
    }
}
