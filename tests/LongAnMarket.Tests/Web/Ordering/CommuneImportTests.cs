using System.Net;
using System.Text;
using LongAnMarket.Tests.Support;

namespace LongAnMarket.Tests.Web.Ordering;

/// <summary>The trade office replaces the commune list with a CSV; checkout suggests and spells communes from it.</summary>
public abstract class CommuneImportTests(OrderingAppFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;

    [Fact]
    public async Task An_admin_replaces_the_list_a_bad_row_keeps_the_old_one_and_checkout_spells_communes_from_it()
    {
        var (admin, _, _) = await Visitor.AdminAsync(_app);
        var before = (await admin.PageAsync("/admin/communes")).QuerySelectorAll(".commune-list li").Select(l => l.TextContent).ToList();
        Assert.Contains("Xã Cần Đước", before);

        var bad = await ImportAsync(admin, "code,name\n27835,Xã Mỹ Lệ\n27836,Xã Mỹ Lệ\n");
        Assert.Contains("Dòng 3", bad.QuerySelector("[role=alert]")!.TextContent);
        var notUtf8 = await ImportAsync(admin, "27835,X\xE3 M\xFD L\xEA\n", Encoding.Latin1);
        Assert.Contains("UTF-8", notUtf8.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(before, (await admin.PageAsync("/admin/communes")).QuerySelectorAll(".commune-list li").Select(l => l.TextContent).ToList());

        var good = await ImportAsync(admin, "# danh mục thử\nmã,tên\n27835,Xã Mỹ Lệ\n27838,Xã Long Cang\n,Phường Long An\n");
        Assert.Contains("3 xã/phường", good.QuerySelector("[role=status]")!.TextContent);

        var (_, product) = await OrderingTestData.ProductAsync(_app);
        var guest = new Visitor(_app);
        await guest.AddAsync(product, 1);
        var checkout = await guest.PageAsync("/checkout");
        Assert.Equal(["Phường Long An", "Xã Long Cang", "Xã Mỹ Lệ"], checkout.QuerySelectorAll("#communes option").Select(o => o.GetAttribute("value")).Order());
        var code = Shopping.CodeOf(await guest.CheckoutAsync(Visitor.NewEmail(), new() { ["Commune"] = "xa my le" }));
        Assert.Equal("Xã Mỹ Lệ", (await Shopping.OrderAsync(_app, code)).Buyer.Commune);
        await guest.AddAsync(product, 1);
        var unlisted = Shopping.CodeOf(await guest.CheckoutAsync(Visitor.NewEmail(), new() { ["Commune"] = "Xã Tân Biên" }));
        Assert.Equal("Xã Tân Biên", (await Shopping.OrderAsync(_app, unlisted)).Buyer.Commune); // a gap in the list never refuses an address

        await ImportAsync(admin, string.Join("\n", before.Select(name => "," + name)));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> ImportAsync(Visitor admin, string csv, Encoding? encoding = null)
    {
        var response = await admin.SubmitAsync("/admin/communes", "/admin/communes", [], [("file", "xa-phuong.csv", (encoding ?? Encoding.UTF8).GetBytes(csv))]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await admin.PageAsync(response.Headers.Location!.OriginalString);
    }
}

public sealed class CommuneImportTestsOnSqlite(SqliteOrderingFixture fixture) : CommuneImportTests(fixture), IClassFixture<SqliteOrderingFixture>;

public sealed class CommuneImportTestsOnMariaDb(MariaDbOrderingFixture fixture) : CommuneImportTests(fixture), IClassFixture<MariaDbOrderingFixture>;
