using System.Net;
using LongAnMarket.Core.Catalog;
using LongAnMarket.Infrastructure.Catalog;
using System.Text;
using LongAnMarket.Infrastructure.Producers;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Sellers;

/// <summary>A producer manages its own products through the forms; shoppers see exactly what is published.</summary>
public abstract class SellerProductTests(AppFixture fixture)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");
    private readonly MarketAppFactory _app = fixture.App;

    /// <summary>A signed-in account whose business is applied for and, if asked, approved.</summary>
    private async Task<(Visitor Seller, int ProducerId, TestCatalog Catalog)> ProducerAsync(bool approve = true)
    {
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var seller = new Visitor(_app);
        await seller.SignUpAndInAsync();
        var taxNumber = TestTaxNumbers.Next();
        await seller.SubmitAsync("/seller/apply", "/seller/apply", TestIdentity.Added(new()
        {
            ["BusinessName"] = $"Cơ sở {Guid.NewGuid():N}"[..20], ["TaxNumber"] = taxNumber, ["OriginAreaId"] = catalog.Area.Id.ToString(),
            ["Address"] = "Ấp 1", ["Phone"] = "0909123456", ["ContactEmail"] = "coso@example.vn",
        }), [("Documents", "a.pdf", Pdf)]);
        var producerId = await _app.WithDbAsync(db => db.Producers.Where(p => p.TaxCode == taxNumber).Select(p => p.Id).SingleAsync());
        if (approve)
            await _app.WithServicesAsync(s => s.GetRequiredService<ProducerStatusService>().ApproveAsync(producerId, "admin@example.vn"));
        return (seller, producerId, catalog);
    }

    private static Dictionary<string, string> NewProduct(TestCatalog catalog, string name) => new()
    {
        ["Name"] = name, ["CategoryId"] = catalog.Category.Id.ToString(), ["Description"] = "Dòng một.\n\n<script>alert(1)</script>",
        ["Variants[0].PackSize"] = "1 kg", ["Variants[0].PriceDong"] = "85000", ["Variants[0].Stock"] = "3",
        ["Variants[1].PackSize"] = "5 kg", ["Variants[1].PriceDong"] = "400000", ["Variants[1].Stock"] = "20", ["Variants[1].Gtin"] = "",
        ["Certifications[0].Kind"] = "Ocop", ["Certifications[0].Number"] = "OCOP-LA-2025-0042", ["Certifications[0].Issuer"] = "UBND tỉnh Long An",
        ["Certifications[0].ValidFrom"] = "2025-03-01", ["Certifications[0].ValidUntil"] = "2028-03-01",
        ["Certifications[0].OcopStars"] = "4", ["Certifications[0].OcopLevel"] = "Province",
    };

    [Fact]
    public async Task A_producer_creates_publishes_edits_and_deletes_a_product_and_shoppers_follow_each_step()
    {
        var (seller, _, catalog) = await ProducerAsync();
        var name = $"Gạo Nàng Thơm {catalog.Tag}";

        var created = await seller.SubmitAsync("/seller/products/new", "/seller/products/new", NewProduct(catalog, name));
        Assert.Equal("/seller/products", created.Headers.Location?.OriginalString);
        var list = await seller.PageAsync("/seller/products");
        Assert.Contains(name, list.Text());
        Assert.Contains("Bản nháp", list.Text());
        Assert.Contains("Sắp hết", list.Text()); // 3 bags of 1 kg left
        Assert.Contains("1 kg: 3 · 5 kg: 20", list.Text()); // each pack size's own stock, never 23 "bags"
        Assert.DoesNotContain($"{name}, 1 kg", (await seller.PageAsync("/seller")).Text()); // a draft sells nothing yet
        var editLink = list.QuerySelectorAll("a").First(a => a.TextContent == name).GetAttribute("href")!;
        var id = int.Parse(editLink.Split('/').Last());
        var slug = await _app.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await new Visitor(_app).GetAsync($"/p/{slug}")).StatusCode);

        await seller.SubmitAsync("/seller/products", $"/seller/products/{id}/publish", []);
        Assert.Contains($"{name}, 1 kg: còn 3", (await seller.PageAsync("/seller")).Text());
        var shown = await new Visitor(_app).PageAsync($"/p/{slug}");
        Assert.Contains("85.000 ₫", shown.Text());
        Assert.DoesNotContain("OCOP-LA-2025-0042", shown.Text()); // the trade office has not matched it to its decision yet
        Assert.Null(shown.QuerySelector(".ocop"));
        var ocopId = await _app.WithDbAsync(db => db.Certifications.Where(c => c.ProductId == id && c.Kind == CertificationKind.Ocop).Select(c => c.Id).SingleAsync());
        var (admin, _, _) = await Visitor.AdminAsync(_app);
        var awaiting = await admin.PageAsync("/admin/ocop");
        Assert.Contains("4 sao, cấp tỉnh", awaiting.QuerySelectorAll("main tr").Single(r => r.TextContent.Contains(name)).TextContent);
        await admin.SubmitAsync("/admin/ocop", $"/admin/ocop/{ocopId}/confirm", []);
        Assert.DoesNotContain(name, (await admin.PageAsync("/admin/ocop")).Text());
        shown = await new Visitor(_app).PageAsync($"/p/{slug}");
        Assert.Contains("OCOP-LA-2025-0042", shown.Text());
        Assert.Equal("OCOP ★★★★4 sao", shown.QuerySelector(".ocop")!.TextContent.Trim());
        Assert.Contains("<script>alert(1)</script>", shown.Text()); // shown as text
        Assert.Empty(shown.QuerySelectorAll("main script"));

        var edit = NewProduct(catalog, name + " mới");
        edit.Remove("Variants[0].PackSize"); edit.Remove("Variants[1].PackSize");
        var variantIds = await _app.WithDbAsync(db => db.ProductVariants.Where(v => v.ProductId == id).OrderBy(v => v.SortOrder).Select(v => v.Id).ToListAsync());
        edit["Variants[0].Id"] = variantIds[0].ToString(); edit["Variants[0].PriceDong"] = "90000";
        edit["Variants[1].Id"] = variantIds[1].ToString();
        edit.Remove("Certifications[0].Number"); edit.Remove("Certifications[0].Issuer"); edit.Remove("Certifications[0].ValidFrom"); edit.Remove("Certifications[0].ValidUntil");
        await seller.SubmitAsync($"/seller/products/{id}", $"/seller/products/{id}", edit);
        var edited = await new Visitor(_app).PageAsync($"/p/{slug}");
        Assert.Contains("90.000 ₫", edited.Text());
        Assert.Contains(name + " mới", edited.Text());

        await seller.SubmitAsync("/seller/products", $"/seller/products/{id}/delete", []);
        Assert.Equal(HttpStatusCode.NotFound, (await new Visitor(_app).GetAsync($"/p/{slug}")).StatusCode);
        Assert.DoesNotContain(name, (await seller.PageAsync("/seller/products")).Text());
    }

    private async Task<(Visitor Seller, int Id, string Slug, TestCatalog Catalog)> PublishedProductAsync()
    {
        var (seller, _, catalog) = await ProducerAsync();
        var name = $"Bánh tét {catalog.Tag}";
        await seller.SubmitAsync("/seller/products/new", "/seller/products/new", NewProduct(catalog, name));
        var product = await _app.WithDbAsync(db => db.Products.Where(p => p.Name == name).Select(p => new { p.Id, p.Slug }).SingleAsync());
        await seller.SubmitAsync("/seller/products", $"/seller/products/{product.Id}/publish", []);
        return (seller, product.Id, product.Slug, catalog);
    }

    private Task<HttpResponseMessage> UploadAsync(Visitor seller, int id, string fileName, byte[] bytes) =>
        seller.SubmitAsync($"/seller/products/{id}", $"/seller/products/{id}/images", [], [("image", fileName, bytes)]);

    [Fact]
    public async Task A_photo_is_reencoded_to_webp_at_two_sizes_without_its_metadata_and_shown_to_shoppers()
    {
        var (seller, id, slug, catalog) = await PublishedProductAsync();

        await UploadAsync(seller, id, "anh-goc.jpg", TestImages.JpegWithGps(1600, 1200));

        var page = await new Visitor(_app).PageAsync($"/p/{slug}");
        var image = page.QuerySelector("img.product__image")!;
        Assert.EndsWith(".webp", image.GetAttribute("src"));
        Assert.Equal(("1200", "900"), (image.GetAttribute("width"), image.GetAttribute("height")));
        var display = await (await new Visitor(_app).GetAsync(image.GetAttribute("src")!)).Content.ReadAsByteArrayAsync();
        Assert.Equal("RIFF", Encoding.ASCII.GetString(display, 0, 4));
        Assert.Equal("WEBP", Encoding.ASCII.GetString(display, 8, 4));
        await _app.SearchCaughtUpAsync();
        var card = (await new Visitor(_app).PageAsync($"/c/{catalog.Category.Slug}")).QuerySelector(".card img")!.GetAttribute("src")!;
        Assert.EndsWith("-480.webp", card);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_app.DataPath, "media", "products", slug)))
        {
            var text = Encoding.ASCII.GetString(await File.ReadAllBytesAsync(file));
            Assert.DoesNotContain("GPS", text);
            Assert.DoesNotContain("Exif", text);
        }
    }

    [Fact]
    public async Task A_producer_picks_the_cover_and_reorders_photos_and_shoppers_see_every_photo_in_that_order()
    {
        var (seller, id, slug, _) = await PublishedProductAsync();
        foreach (var name in new[] { "mot.jpg", "hai.jpg", "ba.jpg" }) await UploadAsync(seller, id, name, TestImages.JpegWithGps(800, 600));
        var ids = await _app.WithDbAsync(db => db.ProductImages.Where(i => i.ProductId == id).OrderBy(i => i.SortOrder).Select(i => i.Id).ToListAsync());
        Assert.Equal(3, ids.Count);

        var cover = await seller.SubmitAsync($"/seller/products/{id}", $"/seller/products/{id}/images/{ids[2]}/move", new() { ["move"] = "Cover" });
        Assert.Equal(HttpStatusCode.Redirect, cover.StatusCode);
        Assert.Equal([ids[2], ids[0], ids[1]], await OrderAsync(id));
        await seller.SubmitAsync($"/seller/products/{id}", $"/seller/products/{id}/images/{ids[0]}/move", new() { ["move"] = "Later" });
        Assert.Equal([ids[2], ids[1], ids[0]], await OrderAsync(id));
        await seller.SubmitAsync($"/seller/products/{id}", $"/seller/products/{id}/images/{ids[1]}/move", new() { ["move"] = "Earlier" });
        Assert.Equal([ids[1], ids[2], ids[0]], await OrderAsync(id));

        var paths = await _app.WithDbAsync(db => db.ProductImages.Where(i => i.ProductId == id).OrderBy(i => i.SortOrder).Select(i => "/media/" + i.Path).ToListAsync());
        var gallery = (await new Visitor(_app).PageAsync($"/p/{slug}")).QuerySelectorAll(".gallery__slide img.product__image");
        Assert.Equal(paths, gallery.Select(img => img.GetAttribute("src")));
        Assert.All(gallery, img => Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt"))));

        var nonsense = await seller.SubmitAsync($"/seller/products/{id}", $"/seller/products/{id}/images/{ids[1]}/move", new() { ["move"] = "Sideways" });
        Assert.Equal(HttpStatusCode.Redirect, nonsense.StatusCode);
        Assert.Equal([ids[1], ids[2], ids[0]], await OrderAsync(id)); // a bad move changes nothing
    }

    private Task<List<int>> OrderAsync(int productId) =>
        _app.WithDbAsync(db => db.ProductImages.Where(i => i.ProductId == productId).OrderBy(i => i.SortOrder).Select(i => i.Id).ToListAsync());

    [Fact]
    public async Task A_producer_removes_a_photo_its_files_go_and_the_next_one_becomes_the_cover()
    {
        var (seller, id, slug, _) = await PublishedProductAsync();
        await UploadAsync(seller, id, "mot.jpg", TestImages.JpegWithGps(800, 600));
        await UploadAsync(seller, id, "hai.jpg", TestImages.JpegWithGps(600, 800));
        var images = await _app.WithDbAsync(db => db.ProductImages.Where(i => i.ProductId == id).OrderBy(i => i.SortOrder).ToListAsync());
        var first = images[0];

        var removed = await seller.SubmitAsync($"/seller/products/{id}", $"/seller/products/{id}/images/{first.Id}/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal("Đã xoá ảnh.", (await seller.PageAsync(removed.Headers.Location!.OriginalString)).QuerySelector("[role=status]")!.TextContent.Trim());
        var left = Assert.Single(await _app.WithDbAsync(db => db.ProductImages.Where(i => i.ProductId == id).ToListAsync()));
        Assert.Equal((images[1].Id, 0), (left.Id, left.SortOrder));
        Assert.False(File.Exists(Path.Combine(_app.DataPath, "media", first.Path)));
        Assert.False(File.Exists(Path.Combine(_app.DataPath, "media", first.ThumbnailPath!)));
        Assert.Equal((await new Visitor(_app).PageAsync($"/p/{slug}")).QuerySelector("img.product__image")!.GetAttribute("src"), $"/media/{left.Path}");

        var forged = await seller.Client.PostAsync($"/seller/products/{id}/images/{left.Id}/delete", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode); // no antiforgery token
        Assert.Single(await _app.WithDbAsync(db => db.ProductImages.Where(i => i.ProductId == id).ToListAsync()));
        await seller.SubmitAsync($"/seller/products/{id}", $"/seller/products/{id}/images/{left.Id}/delete", []);
        Assert.Empty(await _app.WithDbAsync(db => db.ProductImages.Where(i => i.ProductId == id).ToListAsync()));
    }

    public static TheoryData<string, string> BadImages() => new()
    {
        { "renamed-text", "không phải ảnh JPEG, PNG hay WebP" },
        { "six-megabytes", "lớn hơn 5 MB" },
        { "bomb", "quá lớn (20000 × 20000" },
    };

    [Theory]
    [MemberData(nameof(BadImages))]
    public async Task A_file_that_is_not_a_reasonable_image_gets_a_clear_message_and_stores_nothing(string kind, string message)
    {
        var (seller, id, slug, _) = await PublishedProductAsync();
        var (fileName, bytes) = kind switch
        {
            "renamed-text" => ("anh.jpg", Encoding.UTF8.GetBytes("Đây không phải là ảnh.")),
            "six-megabytes" => ("to.png", [.. TestImages.Png(64, 64), .. new byte[6 * 1024 * 1024]]),
            _ => ("bom.png", TestImages.Bomb()),
        };

        await UploadAsync(seller, id, fileName, bytes);

        Assert.Contains(message, (await seller.PageAsync($"/seller/products/{id}")).Text());
        Assert.False(Directory.Exists(Path.Combine(_app.DataPath, "media", "products", slug)));
        Assert.Equal(0, await _app.WithDbAsync(db => db.ProductImages.CountAsync(i => i.ProductId == id)));
    }

    [Fact]
    public async Task Markup_in_a_name_or_description_renders_inert_on_every_page_that_shows_it()
    {
        var (seller, _, catalog) = await ProducerAsync();
        var name = $"Khóm \" onmouseover=\"alert(1) <b>{catalog.Tag}</b>";
        var fields = NewProduct(catalog, name);
        fields["Description"] = "<img src=x onerror=alert(2)>\n\n\" onmouseover=\"alert(3)";
        await seller.SubmitAsync("/seller/products/new", "/seller/products/new", fields);
        var product = await _app.WithDbAsync(db => db.Products.Where(p => p.Name.Contains(catalog.Tag)).Select(p => new { p.Id, p.Slug }).SingleAsync());
        await seller.SubmitAsync("/seller/products", $"/seller/products/{product.Id}/publish", []);

        await _app.SearchCaughtUpAsync();
        foreach (var path in new[] { $"/p/{product.Slug}", "/", $"/c/{catalog.Category.Slug}", $"/products?area={catalog.Area.Slug}", "/seller/products", $"/seller/products/{product.Id}" })
        {
            var page = await seller.PageAsync(path);
            Assert.Empty(page.QuerySelectorAll("[onmouseover], [onerror], main b, main img[src=x]"));
            Assert.DoesNotContain(page.QuerySelectorAll("script:not([src])"), s => !s.TextContent.Contains("schema.org"));
        }
        Assert.Contains("onmouseover", (await seller.PageAsync($"/p/{product.Slug}")).Text()); // shown as the text it is
    }

    [Theory]
    [InlineData("Variants[0].PriceDong", "0", "Giá phải từ 1")]
    [InlineData("Variants[0].Stock", "-1", "Tồn kho phải từ 0")]
    [InlineData("Variants[1].Gtin", "09506000134353", "GTIN")]
    [InlineData("CategoryId", "0", "chọn danh mục")]
    [InlineData("Certifications[0].ValidUntil", "2020-01-01", "Ngày hết hạn phải sau ngày cấp")]
    [InlineData("Certifications[0].Kind", "VietGap", "Chỉ chứng nhận OCOP mới có số sao")]
    [InlineData("Certifications[0].OcopLevel", "District", "phải do cấp tỉnh trở lên công nhận")]
    public async Task A_bad_field_gets_a_clear_message_and_saves_nothing(string field, string value, string message)
    {
        var (seller, producerId, catalog) = await ProducerAsync();
        var fields = NewProduct(catalog, $"Khóm {catalog.Tag}");
        fields[field] = value;

        var response = await seller.SubmitAsync("/seller/products/new", "/seller/products/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await HtmlPage.ParseAsync(response)).Text());
        Assert.Equal(0, await _app.WithDbAsync(db => db.Products.CountAsync(p => p.ProducerId == producerId)));
    }

    [Fact]
    public async Task A_producer_never_reaches_another_producers_product()
    {
        var (owner, _, catalog) = await ProducerAsync();
        await owner.SubmitAsync("/seller/products/new", "/seller/products/new", NewProduct(catalog, $"Lạp xưởng {catalog.Tag}"));
        var id = await _app.WithDbAsync(db => db.Products.Where(p => p.Name == $"Lạp xưởng {catalog.Tag}").Select(p => p.Id).SingleAsync());
        var (other, _, _) = await ProducerAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/seller/products/{id}")).StatusCode);
        var token = (await other.PageAsync("/seller/products/new")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forged = await other.Client.PostAsync($"/seller/products/{id}/delete",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal("/seller/products", forged.Headers.Location?.OriginalString);
        Assert.Contains("Không tìm thấy sản phẩm này", (await other.PageAsync("/seller/products")).Text());
        Assert.False(await _app.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.IsDeleted).SingleAsync()));
    }

    [Fact]
    public async Task The_trade_office_takes_a_product_off_sale_with_a_reason_the_producer_sees_and_is_mailed()
    {
        var (seller, producerId, catalog) = await ProducerAsync();
        var name = $"Nước mắm {catalog.Tag}";
        await seller.SubmitAsync("/seller/products/new", "/seller/products/new", NewProduct(catalog, name));
        var product = await _app.WithDbAsync(db => db.Products.Where(p => p.Name == name).Select(p => new { p.Id, p.Slug }).SingleAsync());
        await seller.SubmitAsync("/seller/products", $"/seller/products/{product.Id}/publish", []);
        var (admin, _, _) = await Visitor.AdminAsync(_app);
        var listing = $"/admin/products?q={Uri.EscapeDataString(name)}";

        await admin.SubmitAsync($"/admin/products/{product.Id}/unpublish", $"/admin/products/{product.Id}/unpublish", new() { ["reason"] = "  ", ["confirmed"] = "true" });
        Assert.Contains("Lý do ngừng bán phải có", (await admin.PageAsync(listing)).Text());
        Assert.Equal(HttpStatusCode.OK, (await new Visitor(_app).GetAsync($"/p/{product.Slug}")).StatusCode);

        await admin.SubmitAsync($"/admin/products/{product.Id}/unpublish", $"/admin/products/{product.Id}/unpublish", new() { ["reason"] = "Nhãn thiếu hạn sử dụng", ["confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.NotFound, (await new Visitor(_app).GetAsync($"/p/{product.Slug}")).StatusCode);
        Assert.Contains("Nhãn thiếu hạn sử dụng", (await seller.PageAsync("/seller/products")).Text());
        Assert.Contains("Nhãn thiếu hạn sử dụng", MailPickup.To(_app, "coso@example.vn").Last().TextBody);
        Assert.Contains(name, (await admin.PageAsync("/admin/audit")).Text());
    }

    [Fact]
    public async Task A_pending_producer_prepares_products_that_show_only_once_it_is_approved()
    {
        var (seller, producerId, catalog) = await ProducerAsync(approve: false);
        var name = $"Thanh long {catalog.Tag}";
        await seller.SubmitAsync("/seller/products/new", "/seller/products/new", NewProduct(catalog, name));
        var product = await _app.WithDbAsync(db => db.Products.Where(p => p.Name == name).Select(p => new { p.Id, p.Slug }).SingleAsync());
        await seller.SubmitAsync("/seller/products", $"/seller/products/{product.Id}/publish", []);
        Assert.Contains("chờ duyệt doanh nghiệp", (await seller.PageAsync("/seller/products")).Text());
        Assert.Equal(HttpStatusCode.NotFound, (await new Visitor(_app).GetAsync($"/p/{product.Slug}")).StatusCode);

        await _app.WithServicesAsync(s => s.GetRequiredService<ProducerStatusService>().ApproveAsync(producerId, "admin@example.vn"));

        Assert.Equal(HttpStatusCode.OK, (await new Visitor(_app).GetAsync($"/p/{product.Slug}")).StatusCode);
    }

    [Fact]
    public async Task A_producer_puts_its_own_photo_on_its_public_page_without_gps_and_a_bad_file_is_refused_beside_the_field()
    {
        var (seller, producerId, _) = await ProducerAsync();
        var slug = await _app.WithDbAsync(db => db.Producers.Where(p => p.Id == producerId).Select(p => p.Slug).SingleAsync());

        var refused = await seller.SubmitAsync("/seller", "/seller/photo", [], [("Photo", "giay-phep.pdf", Pdf)]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var form = await HtmlPage.ParseAsync(refused);
        Assert.Equal("true", form.QuerySelector("#Photo")!.GetAttribute("aria-invalid"));
        Assert.Contains("giay-phep.pdf", form.QuerySelector("#Photo-error")!.TextContent);
        Assert.Null(await _app.WithDbAsync(db => db.Producers.Where(p => p.Id == producerId).Select(p => p.PhotoPath).SingleAsync()));

        var first = await seller.SubmitAsync("/seller", "/seller/photo", [], [("Photo", "xuong.png", TestImages.Png(800, 600))]);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var firstPath = await _app.WithDbAsync(db => db.Producers.Where(p => p.Id == producerId).Select(p => p.PhotoPath).SingleAsync());
        await seller.SubmitAsync("/seller", "/seller/photo", [], [("Photo", "ruong-lua.jpg", TestImages.JpegWithGps(1600, 900))]);

        var page = await new Visitor(_app).PageAsync($"/producers/{slug}");
        var img = page.QuerySelector("img.producer-photo")!;
        Assert.Equal(("1200", "675"), (img.GetAttribute("width"), img.GetAttribute("height"))); // fitted to 1,200 px
        var photo = await new Visitor(_app).GetAsync(img.GetAttribute("src")!);
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        var bytes = await photo.Content.ReadAsByteArrayAsync();
        Assert.Equal("RIFF", Encoding.ASCII.GetString(bytes[..4])); // re-encoded as WebP
        Assert.DoesNotContain("GPSLatitude", Encoding.ASCII.GetString(bytes));
        Assert.False(File.Exists(Path.Combine(_app.DataPath, "media", firstPath!)), "the replaced photo's file is gone");
    }

    [Fact]
    public async Task A_food_listing_without_its_ingredients_is_refused_naming_them_and_shows_its_label_once_complete()
    {
        var (seller, _, catalog) = await ProducerAsync();
        // The trade office marks the category as food: every label field required.
        var (admin, _, _) = await Visitor.AdminAsync(_app);
        var every = LongAnMarket.Core.Catalog.LabelFields.InOrder.Select((f, i) => ($"required[{i}]", f.ToString())).ToDictionary();
        await admin.SubmitAsync("/admin/categories", $"/admin/categories/{catalog.Category.Id}", every);
        Assert.Equal(LongAnMarket.Core.Catalog.LabelField.All,
            await _app.WithDbAsync(db => db.Categories.Where(c => c.Id == catalog.Category.Id).Select(c => c.RequiredLabelFields).SingleAsync()));
        var fields = new Dictionary<string, string>(NewProduct(catalog, $"Lạp xưởng tươi {catalog.Tag}"))
        {
            ["LabelOrigin"] = "Việt Nam", ["LabelResponsibleParty"] = "Cơ sở Năm Phước, ấp 3, xã Cần Đước", ["LabelUsage"] = "Chiên hoặc nướng chín.",
            ["LabelStorage"] = "Ngăn mát 0–5 °C.", ["LabelWarnings"] = "Không dùng khi bao bì phồng.", ["LabelShelfLife"] = "3 tháng kể từ ngày sản xuất",
        };
        await seller.SubmitAsync("/seller/products/new", "/seller/products/new", fields);
        var id = await _app.WithDbAsync(db => db.Products.Where(p => p.Name == fields["Name"]).Select(p => p.Id).SingleAsync());

        await seller.SubmitAsync("/seller/products", $"/seller/products/{id}/publish", []);
        var refusal = (await seller.PageAsync("/seller/products")).QuerySelector("[role=alert]")?.TextContent;
        Assert.Contains("còn thiếu: Thành phần.", refusal);
        Assert.False(await _app.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.IsPublished).SingleAsync()));

        var form = await seller.PageAsync($"/seller/products/{id}");
        Assert.Equal("Việt Nam", form.QuerySelector("#LabelOrigin")!.GetAttribute("value")); // what was saved comes back to edit
        var edit = FormOf(form);
        edit["LabelIngredients"] = "Thịt heo, mỡ heo, rượu mai quế lộ, đường, muối.";
        Assert.Equal(HttpStatusCode.Redirect, (await seller.SubmitAsync($"/seller/products/{id}", $"/seller/products/{id}", edit)).StatusCode);
        await seller.SubmitAsync("/seller/products", $"/seller/products/{id}/publish", []);
        Assert.True(await _app.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.IsPublished).SingleAsync()));

        var slug = await _app.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync());
        var label = (await new Visitor(_app).PageAsync($"/p/{slug}")).QuerySelector(".product-label")!.TextContent;
        foreach (var text in new[] { "Thông tin trên nhãn", "Thành phần", "Thịt heo, mỡ heo", "Định lượng", "1 kg; 5 kg", "Hạn sử dụng", "3 tháng" })
            Assert.Contains(text, label);

        // While on sale, a save that would empty a required field is refused and changes nothing.
        edit["LabelIngredients"] = "";
        var emptied = await seller.SubmitAsync($"/seller/products/{id}", $"/seller/products/{id}", edit);
        Assert.Contains("còn thiếu: Thành phần.", (await HtmlPage.ParseAsync(emptied)).Text());
        Assert.NotNull(await _app.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Label.Ingredients).SingleAsync()));
    }

    /// <summary>The fields a browser would post back from the product form as it stands.</summary>
    private static Dictionary<string, string> FormOf(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        var form = page.QuerySelectorAll("form").Last(f => f.QuerySelector("input[name=Name]") is not null);
        var fields = new Dictionary<string, string>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (name == "__RequestVerificationToken") continue;
            if (element is AngleSharp.Html.Dom.IHtmlInputElement { Type: "checkbox" } box) { if (box.IsChecked) fields[name] = box.Value; continue; }
            fields[name] = element switch
            {
                AngleSharp.Html.Dom.IHtmlTextAreaElement area => area.Value,
                AngleSharp.Html.Dom.IHtmlSelectElement select => select.Value ?? "",
                AngleSharp.Html.Dom.IHtmlInputElement input => input.Value,
                _ => "",
            };
        }
        return fields;
    }
}

public sealed class SellerProductTestsOnSqlite(SqliteAppFixture fixture) : SellerProductTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class SellerProductTestsOnMariaDb(MariaDbAppFixture fixture) : SellerProductTests(fixture), IClassFixture<MariaDbAppFixture>;
