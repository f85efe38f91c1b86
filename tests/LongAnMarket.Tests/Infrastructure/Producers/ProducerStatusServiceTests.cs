using LongAnMarket.Core.Common;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Producers;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace LongAnMarket.Tests.Infrastructure.Producers;

/// <summary>A status change, its history entry and the listing flags of the producer's products commit together.</summary>
public sealed class ProducerStatusServiceTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.MySql)]
    public async Task Should_unlist_on_suspension_relist_on_approval_and_record_both(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var setup = database.CreateContext();
        await setup.Database.MigrateAsync();
        var catalog = await TestCatalog.CreateAsync(setup);
        var listed = await catalog.AddProductAsync(setup, "Gạo Nàng Thơm");
        var draft = await catalog.AddProductAsync(setup, "Gạo nháp", publish: false);
        var version = new CatalogVersion();
        var before = version.Current;

        await using (var db = database.CreateContext())
            await NewService(db, version).SuspendAsync(catalog.Producer.Id, "Hồ sơ cần bổ sung", "admin@example.vn");

        Assert.True(version.Current > before);
        Assert.Equal([(listed.Id, true, false), (draft.Id, false, false)], await FlagsAsync(database, catalog));

        await using (var db = database.CreateContext())
            await NewService(db, version).ApproveAsync(catalog.Producer.Id, "admin@example.vn");

        Assert.Equal([(listed.Id, true, true), (draft.Id, false, false)], await FlagsAsync(database, catalog));
        await using var check = database.CreateContext();
        var history = await check.ProducerStatusChanges.AsNoTracking().Where(c => c.ProducerId == catalog.Producer.Id)
            .OrderBy(c => c.Id).Select(c => new { c.From, c.To, c.Reason, c.Actor }).ToListAsync();
        Assert.Equal(
            [(ProducerStatus.Pending, ProducerStatus.Approved, null, "kiem-thu"),
             (ProducerStatus.Approved, ProducerStatus.Suspended, "Hồ sơ cần bổ sung", "admin@example.vn"),
             (ProducerStatus.Suspended, ProducerStatus.Approved, null, "admin@example.vn")],
            history.Select(h => (h.From, h.To, h.Reason, h.Actor)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.MySql)]
    public async Task Should_change_nothing_when_the_transition_is_illegal(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var setup = database.CreateContext();
        await setup.Database.MigrateAsync();
        var catalog = await TestCatalog.CreateAsync(setup);
        var product = await catalog.AddProductAsync(setup, "Thanh long ruột đỏ");

        await using (var db = database.CreateContext())
            await Assert.ThrowsAsync<DomainException>(() =>
                NewService(db, new CatalogVersion()).RejectAsync(catalog.Producer.Id, "Thiếu giấy phép", "admin"));
        await using (var db = database.CreateContext())
            await Assert.ThrowsAsync<DomainException>(() =>
                NewService(db, new CatalogVersion()).SuspendAsync(404_404, "Không có", "admin"));

        await using var check = database.CreateContext();
        Assert.Equal(ProducerStatus.Approved, (await check.Producers.AsNoTracking().SingleAsync(p => p.Id == catalog.Producer.Id)).Status);
        Assert.Equal(1, await check.ProducerStatusChanges.CountAsync(c => c.ProducerId == catalog.Producer.Id));
        Assert.Equal([(product.Id, true, true)], await FlagsAsync(database, catalog));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.MySql)]
    public async Task Should_keep_the_change_when_telling_the_producer_fails(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var setup = database.CreateContext();
        await setup.Database.MigrateAsync();
        var catalog = await TestCatalog.CreateAsync(setup);

        await using (var db = database.CreateContext())
            await new ProducerStatusService(db, new CatalogVersion(), TimeProvider.System,
                new ProducerNotifications([new MailServerDown()], NullLogger<ProducerNotifications>.Instance))
                .SuspendAsync(catalog.Producer.Id, "Hồ sơ cần bổ sung", "admin");

        await using var check = database.CreateContext();
        Assert.Equal(ProducerStatus.Suspended, (await check.Producers.AsNoTracking().SingleAsync(p => p.Id == catalog.Producer.Id)).Status);
    }

    private sealed class MailServerDown : IProducerNotifier
    {
        public Task StatusChangedAsync(Producer producer, ProducerStatusChange change, CancellationToken ct) =>
            throw new IOException("connection refused");

        public Task ProductUnpublishedAsync(Producer producer, string productName, LongAnMarket.Core.Catalog.ProductModeration moderation, CancellationToken ct) =>
            throw new IOException("connection refused");

        public Task ReconfirmationDueAsync(Producer producer, DateTimeOffset due, DateTimeOffset lapsesAt, ReconfirmationStage stage, CancellationToken ct) =>
            throw new IOException("connection refused");

        public Task RulesPublishedAsync(Producer producer, LongAnMarket.Core.Compliance.RulesVersion version, CancellationToken ct) =>
            throw new IOException("connection refused");

        public Task CertificateEndingAsync(Producer producer, string? productName, LongAnMarket.Core.Catalog.Certification certificate,
            LongAnMarket.Core.Catalog.CertificateNotices notice, CancellationToken ct) => throw new IOException("connection refused");
    }

    private static ProducerStatusService NewService(MarketDbContext db, CatalogVersion version) =>
        new(db, version, TimeProvider.System, new ProducerNotifications([], NullLogger<ProducerNotifications>.Instance));

    private static async Task<List<(int, bool, bool)>> FlagsAsync(TestDatabase database, TestCatalog catalog)
    {
        await using var db = database.CreateContext();
        return (await db.Products.AsNoTracking().Where(p => p.ProducerId == catalog.Producer.Id).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.IsPublished, p.IsListed }).ToListAsync())
            .ConvertAll(p => (p.Id, p.IsPublished, p.IsListed));
    }
}
