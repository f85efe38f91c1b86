using System.Net;
using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Search;
using LongAnMarket.Infrastructure.Catalog;
using LongAnMarket.Infrastructure.Search;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Sellers;

/// <summary>
/// Licences a listing needs (#23): a category's required certificates and the alcohol licence gate publishing; the
/// daily certificate run takes a listing off sale the day after its licence ends and moves OCOP stars with validity.
/// </summary>
public abstract class ListingCertificateTests(AppFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;

    private async Task<TestCatalog> CatalogRequiringAsync(CertificateRequirement required)
    {
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        await _app.WithDbAsync(async db =>
        {
            (await db.Categories.SingleAsync(c => c.Id == catalog.Category.Id)).RequireCertificates(required);
            await db.SaveChangesAsync();
        });
        return catalog;
    }

    private Task RunCalendarAsync(DateOnly day) =>
        _app.Services.GetRequiredService<CertificationCalendar>().RunAsync(day, 1, CancellationToken.None);

    private async Task<int> SearchTotalAsync(string tag, SearchFilters? filters = null)
    {
        await _app.SearchCaughtUpAsync();
        return (await _app.Services.GetRequiredService<ISearchEngine>().SearchAsync(
            new SearchRequest(SearchText.NormalizeQuery(tag), filters ?? SearchFilters.None, SearchSort.Relevance, 1, 10), CancellationToken.None)).Total;
    }

    [Fact]
    public async Task A_drink_without_a_valid_alcohol_licence_cannot_be_listed_and_one_with_it_can()
    {
        var catalog = await CatalogRequiringAsync(CertificateRequirement.None);
        var today = VietnamTime.Today(_app.Services.GetRequiredService<TimeProvider>());
        var created = await _app.WithServicesAsync(s => s.GetRequiredService<SellerProductService>().CreateAsync(catalog.Producer.Id,
            new ProductDraft($"Rượu nếp than {catalog.Tag}", catalog.Category.Id, "Rượu nếp than nấu thủ công.",
                [new VariantDraft(null, "Chai 500 ml", 120_000, 10, null)], [], [], ContainsAlcohol: true, Label: TestCatalog.CompleteLabel("rượu"))));
        async Task PublishAsync() => await _app.WithServicesAsync(s => s.GetRequiredService<SellerProductService>().PublishAsync(catalog.Producer.Id, created.Id));

        var refused = await Assert.ThrowsAsync<DomainException>(PublishAsync);
        Assert.Contains("Giấy phép sản xuất hoặc kinh doanh rượu", refused.Message);
        await _app.WithDbAsync(db => catalog.LicenseAlcoholAsync(db, until: today.AddDays(-1))); // ended yesterday
        await Assert.ThrowsAsync<DomainException>(PublishAsync);
        Assert.False(await _app.WithDbAsync(db => db.Products.Where(p => p.Id == created.Id).Select(p => p.IsListed).SingleAsync()));

        await _app.WithServicesAsync(s => s.GetRequiredService<ProducerCertificates>().AddAsync(catalog.Producer.Id,
            new CertificationDraft(CertificationKind.AlcoholLicence, $"GP2-{catalog.Tag}", "Phòng Kinh tế", today.AddYears(-1), today.AddYears(4)), CancellationToken.None));
        await PublishAsync();
        Assert.True(await _app.WithDbAsync(db => db.Products.Where(p => p.Id == created.Id).Select(p => p.IsListed).SingleAsync()));

        // The licence the drink stands on cannot be struck off while it is on sale.
        var licenceId = await _app.WithDbAsync(db => db.Certifications.Where(c => c.Number == $"GP2-{catalog.Tag}").Select(c => c.Id).SingleAsync());
        var stranded = await Assert.ThrowsAsync<DomainException>(() => _app.WithServicesAsync(s =>
            s.GetRequiredService<ProducerCertificates>().RemoveAsync(catalog.Producer.Id, licenceId, CancellationToken.None)));
        Assert.Contains(created.Name, stranded.Message);
    }

    [Fact]
    public async Task A_food_needing_a_self_declaration_is_refused_until_it_has_one_and_a_haccp_certificate_stands_for_the_facility()
    {
        var catalog = await CatalogRequiringAsync(CertificateRequirement.FoodSafetyFacility | CertificateRequirement.SelfDeclaration);
        var product = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Nước mắm cá cơm", publish: false));
        async Task PublishAsync() => await _app.WithServicesAsync(s => s.GetRequiredService<SellerProductService>().PublishAsync(catalog.Producer.Id, product.Id));

        var refused = await Assert.ThrowsAsync<DomainException>(PublishAsync);
        Assert.Contains("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", refused.Message);
        Assert.Contains("Bản tự công bố sản phẩm", refused.Message);

        await _app.WithDbAsync(async db =>
        {
            var tracked = await db.Products.Include(p => p.Certifications).SingleAsync(p => p.Id == product.Id);
            tracked.AddCertification(CertificationKind.SelfDeclaration, $"TCB-{catalog.Tag}", "Chi cục ATVSTP", new DateOnly(2025, 1, 1), null);
            tracked.AddCertification(CertificationKind.Haccp, $"HACCP-{catalog.Tag}", "Tổ chức chứng nhận", new DateOnly(2025, 1, 1), new DateOnly(2099, 1, 1));
            await db.SaveChangesAsync();
        });
        await PublishAsync();
        var page = await new Visitor(_app).PageAsync($"/p/{product.Slug}");
        Assert.Contains($"TCB-{catalog.Tag}", page.QuerySelector("ul.certificates")!.TextContent);
    }

    [Fact]
    public async Task A_licence_ending_on_day_D_is_announced_at_D_minus_90_and_30_and_its_drink_leaves_the_shelves_on_D_plus_1_with_one_email()
    {
        var ends = new DateOnly(2033, 5, 31);
        var catalog = await CatalogRequiringAsync(CertificateRequirement.None);
        var spirit = await _app.WithDbAsync(async db =>
        {
            await catalog.LicenseAlcoholAsync(db, until: ends);
            var product = await catalog.AddProductAsync(db, "Rượu đế", publish: false);
            product.MarkAlcohol(true);
            product.Publish(catalog.Producer);
            await db.SaveChangesAsync();
            return product;
        });
        int Mails() => MailPickup.To(_app, catalog.Producer.Email).Count(m => m.Subject?.Contains($"GP-{catalog.Tag}") == true || m.Subject?.Contains(spirit.Name) == true);
        Task<bool> ListedAsync() => _app.WithDbAsync(db => db.Products.Where(p => p.Id == spirit.Id).Select(p => p.IsListed).SingleAsync());

        await RunCalendarAsync(ends.AddDays(-90));
        await RunCalendarAsync(ends.AddDays(-89));
        Assert.Equal(1, Mails());
        await RunCalendarAsync(ends.AddDays(-30));
        await RunCalendarAsync(ends.AddDays(-29));
        Assert.Equal(2, Mails());
        Assert.Contains("sắp hết hạn", MailPickup.To(_app, catalog.Producer.Email).Last().Subject);

        await RunCalendarAsync(ends);
        Assert.True(await ListedAsync()); // still valid on its last day
        Assert.Equal(HttpStatusCode.OK, (await new Visitor(_app).GetAsync($"/p/{spirit.Slug}")).StatusCode);
        Assert.Equal(1, await SearchTotalAsync(catalog.Tag));

        await RunCalendarAsync(ends.AddDays(1));
        await RunCalendarAsync(ends.AddDays(2));
        Assert.False(await ListedAsync());
        Assert.Equal(3, Mails()); // one more: the listing went off sale, and why
        var mail = MailPickup.To(_app, catalog.Producer.Email).Last();
        Assert.Contains(spirit.Name, mail.Subject);
        Assert.Contains($"GP-{catalog.Tag}", mail.TextBody);
        Assert.Equal(HttpStatusCode.NotFound, (await new Visitor(_app).GetAsync($"/p/{spirit.Slug}")).StatusCode);
        Assert.DoesNotContain(spirit.Name, (await new Visitor(_app).PageAsync($"/c/{catalog.Category.Slug}")).Text());
        Assert.Equal(0, await SearchTotalAsync(catalog.Tag));
        var reason = await _app.WithDbAsync(db => db.ProductModerations.Where(m => m.ProductId == spirit.Id).Select(m => m.Reason).SingleAsync());
        Assert.Contains($"GP-{catalog.Tag} đã hết hạn ngày {ends:dd/MM/yyyy}", reason);
    }

    [Fact]
    public async Task The_ocop_badge_and_facet_count_drop_the_day_after_the_certificate_ends()
    {
        var catalog = await CatalogRequiringAsync(CertificateRequirement.None);
        var ends = new DateOnly(2034, 9, 30);
        var product = await _app.WithDbAsync(async db =>
        {
            var added = await catalog.AddProductAsync(db, "Mật ong hoa tràm");
            added.AddCertification(CertificationKind.Ocop, $"OCOP-{catalog.Tag}", "UBND tỉnh", ends.AddMonths(-36), ends, new OcopRating(4, OcopLevel.Province))
                .Confirm("Sở Công Thương", ends.AddMonths(-35));
            await db.SaveChangesAsync();
            return added;
        });
        await RunCalendarAsync(ends.AddMonths(-36)); // the day it comes into force: the stars show
        var fourStars = SearchFilters.None with { OcopStars = [4] };

        await RunCalendarAsync(ends);
        Assert.Equal(4, await _app.WithDbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.OcopStars).SingleAsync()));
        Assert.Equal(1, await SearchTotalAsync(catalog.Tag, fourStars));
        Assert.NotNull((await new Visitor(_app).PageAsync($"/p/{product.Slug}")).QuerySelector(".ocop"));

        await RunCalendarAsync(ends.AddDays(1));
        Assert.Null(await _app.WithDbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.OcopStars).SingleAsync()));
        Assert.Equal(0, await SearchTotalAsync(catalog.Tag, fourStars));
        Assert.Equal(1, await SearchTotalAsync(catalog.Tag)); // still sold, without the mark
        Assert.Null((await new Visitor(_app).PageAsync($"/p/{product.Slug}")).QuerySelector(".ocop"));
    }
}

public sealed class ListingCertificateTestsOnSqlite(SqliteAppFixture fixture) : ListingCertificateTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class ListingCertificateTestsOnMariaDb(MariaDbAppFixture fixture) : ListingCertificateTests(fixture), IClassFixture<MariaDbAppFixture>;
