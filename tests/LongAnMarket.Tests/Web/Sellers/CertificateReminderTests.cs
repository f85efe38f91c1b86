using LongAnMarket.Core.Catalog;
using LongAnMarket.Infrastructure.Catalog;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Sellers;

/// <summary>A certificate ending on day D: its producer hears of it at D−90, at D−30 and on D+1, each exactly once (#23).</summary>
public abstract class CertificateReminderTests(AppFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;

    [Fact]
    public async Task A_certificate_ending_on_day_D_is_announced_90_and_30_days_ahead_and_the_day_after_each_once()
    {
        var ends = new DateOnly(2031, 6, 30);
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        await _app.WithDbAsync(async db =>
        {
            var product = await catalog.AddProductAsync(db, "Thanh long ruột đỏ");
            product.AddCertification(CertificationKind.VietGap, $"VG-END-{catalog.Tag}", "Chi cục Trồng trọt", new DateOnly(2028, 7, 1), ends);
            await db.SaveChangesAsync();
        });
        var email = catalog.Producer.Email;
        async Task<int> RunOn(DateOnly day) =>
            await _app.WithServicesAsync(s => s.GetRequiredService<CertificateReminders>().RunAsync(day, CancellationToken.None));
        int Mails() => MailPickup.To(_app, email).Count(m => m.Subject?.Contains($"VG-END-{catalog.Tag}") == true);

        await RunOn(ends.AddDays(-91));
        Assert.Equal(0, Mails());
        await RunOn(ends.AddDays(-90));
        await RunOn(ends.AddDays(-89));
        Assert.Equal(1, Mails());
        Assert.Contains("sắp hết hạn", MailPickup.To(_app, email).Last().Subject);
        await RunOn(ends.AddDays(-31));
        Assert.Equal(1, Mails());
        await RunOn(ends.AddDays(-30));
        await RunOn(ends);
        Assert.Equal(2, Mails());
        await RunOn(ends.AddDays(1));
        await RunOn(ends.AddDays(2));
        Assert.Equal(3, Mails());
        Assert.Contains("đã hết hạn", MailPickup.To(_app, email).Last().Subject);
        var sent = await _app.WithDbAsync(db => db.Certifications.Where(c => c.Number == $"VG-END-{catalog.Tag}").Select(c => c.NoticesSent).SingleAsync());
        Assert.Equal(CertificateNotices.NinetyDays | CertificateNotices.ThirtyDays | CertificateNotices.Ended, sent);
    }

    [Fact]
    public async Task A_certificate_first_seen_inside_30_days_gets_one_notice_not_two_and_one_long_ended_gets_none()
    {
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var today = new DateOnly(2032, 3, 10);
        await _app.WithDbAsync(async db =>
        {
            var product = await catalog.AddProductAsync(db, "Chanh không hạt");
            product.AddCertification(CertificationKind.Organic, $"HC-SOON-{catalog.Tag}", "Chứng nhận hữu cơ", new DateOnly(2030, 1, 1), today.AddDays(10));
            product.AddCertification(CertificationKind.Haccp, $"HACCP-OLD-{catalog.Tag}", "Tổ chức chứng nhận", new DateOnly(2029, 1, 1), today.AddDays(-40));
            await db.SaveChangesAsync();
        });
        await _app.WithServicesAsync(s => s.GetRequiredService<CertificateReminders>().RunAsync(today, CancellationToken.None));
        await _app.WithServicesAsync(s => s.GetRequiredService<CertificateReminders>().RunAsync(today.AddDays(1), CancellationToken.None));
        var subjects = MailPickup.To(_app, catalog.Producer.Email).Select(m => m.Subject ?? "").ToList();
        Assert.Single(subjects, s => s.Contains($"HC-SOON-{catalog.Tag}"));
        Assert.DoesNotContain(subjects, s => s.Contains($"HACCP-OLD-{catalog.Tag}"));
    }
}

public sealed class CertificateReminderTestsOnSqlite(SqliteAppFixture fixture) : CertificateReminderTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class CertificateReminderTestsOnMariaDb(MariaDbAppFixture fixture) : CertificateReminderTests(fixture), IClassFixture<MariaDbAppFixture>;
