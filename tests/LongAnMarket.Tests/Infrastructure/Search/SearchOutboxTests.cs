using System.Globalization;
using LongAnMarket.Core.Search;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Instances;
using LongAnMarket.Infrastructure.Search;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Infrastructure.Search;

/// <summary>
/// Each index reads the outbox from its own position: a rolled-back ID never makes it skip a late commit, the outbox
/// is trimmed only below every live index, and an index that was away while rows it needed were trimmed rebuilds.
/// </summary>
public sealed class SearchOutboxTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.MySql)]
    public async Task A_missing_outbox_id_holds_the_position_until_it_is_old_and_trimming_waits_for_every_live_index(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        var clock = new ShiftedClock();
        await using var app = new MarketAppFactory(database, services: s => s.AddSingleton<TimeProvider>(clock));
        await app.MigrateAsync();
        var engine = app.Services.GetRequiredService<ISearchEngine>();
        var catalog = await app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var product = await app.WithDbAsync(db => catalog.AddProductAsync(db, "Mắm cá linh"));
        await app.SearchCaughtUpAsync();
        var watermark = await app.WithDbAsync(db => SearchIndexer.WatermarkAsync(db, CancellationToken.None));
        Assert.Equal(watermark, engine.KeptPosition);

        // Row watermark+1 belongs to a transaction still open (or rolled back); watermark+2 is committed.
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "INSERT INTO SearchIndexChanges (Id, ProductId, EnqueuedAtUtc) VALUES ({0}, {1}, {2})", watermark + 2, product.Id, clock.GetUtcNow().UtcDateTime));
        await Eventually.TrueAsync(async () => await app.SearchBehindAsync() == 0, TimeSpan.FromSeconds(10), "the committed row applied");
        Assert.Equal(watermark, engine.KeptPosition); // applied, but the position waits for the missing row

        clock.Advance(SearchIndexer.GapWait + TimeSpan.FromSeconds(1));
        await Eventually.TrueAsync(() => Task.FromResult(engine.KeptPosition == watermark + 2), TimeSpan.FromSeconds(10), "the gap passed");

        // A reader silent for a day is dropped; a live one behind this instance holds the trim back.
        var now = clock.GetUtcNow().UtcDateTime;
        await app.WithDbAsync(db => db.InsertIfAbsentAsync("SearchIndexReaders", ["Reader", "Instance", "Position", "SeenAtUtc"],
            ["lucene-gone", "C", 0L, now.AddHours(-25)], CancellationToken.None));
        await app.WithDbAsync(db => db.InsertIfAbsentAsync("SearchIndexReaders", ["Reader", "Instance", "Position", "SeenAtUtc"],
            ["lucene-live", "B", watermark + 1, now], CancellationToken.None));
        var deleted = await app.WithServicesAsync(s => s.GetRequiredService<SearchOutboxReaders>().TrimAsync(TimeSpan.FromHours(24), CancellationToken.None));
        Assert.True(deleted > 0);
        var (readers, rows, trimmed) = await app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<MarketDbContext>();
            return (await db.Set<SearchIndexReader>().Select(r => r.Reader).OrderBy(r => r).ToListAsync(),
                await db.Set<SearchIndexChange>().Select(c => c.Id).ToListAsync(),
                await s.GetRequiredService<SearchOutboxReaders>().TrimmedThroughAsync(CancellationToken.None));
        });
        Assert.DoesNotContain("lucene-gone", readers);
        Assert.Contains(engine.Reader, readers);
        Assert.Equal(watermark + 1, trimmed);
        Assert.Equal([watermark + 2], rows); // B still needs the row after its position
        Assert.Contains(app.Log.Lines, l => l.Contains("lucene-gone") && l.Contains("silent since"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.MySql)]
    public async Task An_index_being_built_for_the_first_time_holds_the_trim_at_the_row_it_is_built_from(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var app = new MarketAppFactory(database, services: OutageEngine.Register);
        await app.MigrateAsync();
        var catalog = await app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var product = await app.WithDbAsync(db => catalog.AddProductAsync(db, "Nước mắm Cần Giuộc"));
        await app.SearchCaughtUpAsync();
        var engine = app.Services.GetRequiredService<OutageEngine>();

        // As on a first start: this index has no recorded position. While it is built, another instance's two edits
        // commit and that instance, caught up, trims the outbox.
        await app.WithDbAsync(db => db.Set<SearchIndexReader>().Where(r => r.Reader == engine.Reader).ExecuteDeleteAsync());
        engine.BeforeNextRebuild = async services =>
        {
            var db = services.GetRequiredService<MarketDbContext>();
            // One transaction: this instance's indexer cannot apply the two rows to its old index before the trim.
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                var newest = await SearchIndexer.WatermarkAsync(db, CancellationToken.None);
                var now = DateTime.UtcNow;
                foreach (var id in new[] { newest + 1, newest + 2 })
                    await db.Database.ExecuteSqlRawAsync("INSERT INTO SearchIndexChanges (Id, ProductId, EnqueuedAtUtc) VALUES ({0}, {1}, {2})", id, product.Id, now);
                await db.InsertIfAbsentAsync("SearchIndexReaders", ["Reader", "Instance", "Position", "SeenAtUtc"], ["lucene-b", "B", newest + 2, now], CancellationToken.None);
                await services.GetRequiredService<SearchOutboxReaders>().TrimAsync(TimeSpan.FromHours(24), CancellationToken.None);
                await transaction.CommitAsync();
            });
        };
        var watermark = await app.WithDbAsync(db => SearchIndexer.WatermarkAsync(db, CancellationToken.None));
        await app.WithServicesAsync(s => s.GetRequiredService<SearchReindexer>().RebuildAsync(null, CancellationToken.None));

        var (trimmed, rows) = await app.WithServicesAsync(async s => (
            await s.GetRequiredService<SearchOutboxReaders>().TrimmedThroughAsync(CancellationToken.None),
            await s.GetRequiredService<MarketDbContext>().Set<SearchIndexChange>().Select(c => c.Id).OrderBy(id => id).ToListAsync()));
        Assert.True(trimmed <= watermark, $"rows through {trimmed} were trimmed while the index was built from row {watermark}");
        Assert.Equal([watermark + 1, watermark + 2], rows.Where(id => id > watermark));
        Assert.True(engine.KeptPosition >= trimmed);
        await app.SearchCaughtUpAsync();
        Assert.DoesNotContain(app.Log.Lines, l => l.Contains("were trimmed while it was away"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.MySql)]
    public async Task An_instance_back_after_the_outbox_was_trimmed_past_its_index_rebuilds_it(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        var data = Directory.CreateTempSubdirectory("longan-returning-").FullName;
        var settings = new Dictionary<string, string?> { ["Storage:DataPath"] = data };
        try
        {
            LongAnMarket.Core.Catalog.Product product;
            await using (var before = new MarketAppFactory(database, settings))
            {
                await before.MigrateAsync();
                var catalog = await before.WithDbAsync(db => TestCatalog.CreateAsync(db));
                product = await before.WithDbAsync(db => catalog.AddProductAsync(db, "Bánh tét lá cẩm"));
                await before.SearchCaughtUpAsync();
            }

            // While it was away: the product was renamed and the other instances trimmed the outbox past that change.
            await using (var db = database.CreateContext())
            {
                var renamed = $"Bánh tét nhân đậu {product.Id}";
                await db.Products.Where(p => p.Id == product.Id).ExecuteUpdateAsync(p => p.SetProperty(x => x.Name, renamed));
                var beyond = await SearchIndexer.WatermarkAsync(db, CancellationToken.None) + 5;
                await db.InsertIfAbsentAsync("SharedValues", ["Name", "Value", "UpdatedAtUtc"],
                    [SharedValue.OutboxTrimmedThrough, beyond.ToString(CultureInfo.InvariantCulture), DateTime.UtcNow], CancellationToken.None);
                await db.Set<SearchIndexChange>().ExecuteDeleteAsync();
            }

            await using var back = new MarketAppFactory(database, settings);
            var engine = back.Services.GetRequiredService<ISearchEngine>();
            await Eventually.TrueAsync(async () =>
            {
                try { return (await engine.SearchAsync(new SearchRequest(SearchText.NormalizeQuery($"nhan dau {product.Id}"), SearchFilters.None,
                    SearchSort.Relevance, 1, 10), CancellationToken.None)).Total == 1; }
                catch (SearchEngineException) { return false; }
            }, TimeSpan.FromSeconds(30), "the rebuilt index holds the rename");
            Assert.Contains(back.Log.Lines, l => l.Contains("were trimmed while it was away"));
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }
}
