using LongAnMarket.Core.Catalog;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LongAnMarket.Tests.Infrastructure.Data;

/// <summary>Each engine's migrations build the whole model on an empty database, with nothing left unmigrated.</summary>
public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.MySql)]
    public async Task Should_apply_every_migration_to_an_empty_database_and_leave_no_pending_model_changes(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var db = database.CreateContext();

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), $"The model has changes with no {provider} migration: run dotnet ef migrations add.");
        Assert.Equal(0, await db.Products.CountAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.MySql)]
    public async Task Should_keep_a_published_product_of_an_approved_producer_listed_across_the_listing_flag_migration(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var db = database.CreateContext();
        var migrator = db.GetService<IMigrator>();
        var initial = db.Database.GetMigrations().First();
        await migrator.MigrateAsync(initial);

        const string time = "'2025-01-01 01:00:00'";
        foreach (var sql in new[]
        {
            "INSERT INTO Categories (Id, Name, NameEn, Slug, Description, SortOrder) VALUES (1, 'Gạo', 'Rice', 'gao', '', 1)",
            "INSERT INTO OriginAreas (Id, Name, Slug, Description) VALUES (1, 'Cần Đước', 'can-duoc', '')",
            $"INSERT INTO Producers (Id, Name, Slug, TaxCode, OriginAreaId, Address, Phone, Email, Description, Status, RegisteredAtOffsetMinutes, RegisteredAtUtc) VALUES (1, 'HTX A', 'htx-a', '0100109106', 1, 'Ấp 1', '+84909123456', 'a@example.vn', '', 1, 420, {time}), (2, 'HTX B', 'htx-b', '0300588569', 1, 'Ấp 2', '+84909123457', 'b@example.vn', '', 3, 420, {time})",
            $"INSERT INTO Products (Id, ProducerId, CategoryId, OriginAreaId, Name, Slug, SortName, Description, IsPublished, IsFeatured, MinPriceDong, InStock, CreatedAtOffsetMinutes, CreatedAtUtc) VALUES " +
            $"(1, 1, 1, 1, 'Gạo A', 'gao-a', 'gao a', '', 1, 0, 1000, 1, 420, {time}), (2, 1, 1, 1, 'Gạo nháp', 'gao-nhap', 'gao nhap', '', 0, 0, 1000, 1, 420, {time}), " +
            $"(3, 2, 1, 1, 'Gạo B', 'gao-b', 'gao b', '', 1, 0, 1000, 1, 420, {time})",
        })
            await db.Database.ExecuteSqlRawAsync(sql);

        await db.Database.MigrateAsync();

        var rows = await db.Products.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Slug, p.IsListed }).ToListAsync();
        Assert.Equal([("gao-a", true), ("gao-nhap", false), ("gao-b", false)], rows.Select(r => (r.Slug, r.IsListed)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.MySql)]
    public async Task Should_turn_the_operating_rules_page_into_version_1_and_give_existing_sellers_60_days_for_their_identity(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var db = database.CreateContext();
        var migrations = db.Database.GetMigrations().ToList();
        await db.GetService<IMigrator>().MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_SellerObligations")) - 1]);
        foreach (var sql in new[]
        {
            "INSERT INTO OriginAreas (Id, Name, Slug, Description) VALUES (1, 'Cần Đước', 'can-duoc', '')",
            "INSERT INTO Producers (Id, Name, Slug, TaxCode, OriginAreaId, Address, Phone, Email, Description, Status, RegisteredAtOffsetMinutes, RegisteredAtUtc, ShippingFeeDong, PhotoWidth, PhotoHeight) " +
            "VALUES (1, 'HTX A', 'htx-a', '0100109106', 1, 'Ấp 1', '+84909123456', 'a@example.vn', '', 1, 420, '2024-01-01 01:00:00', 0, 0, 0)",
            "INSERT INTO SitePages (Slug, Title, Body) VALUES ('quy-che-hoat-dong', 'Quy chế hoạt động', '## 1. Các bên\n\nNội dung cũ.'), ('lien-he', 'Liên hệ', 'Gọi.')",
        })
            await db.Database.ExecuteSqlRawAsync(sql);

        await db.Database.MigrateAsync();

        var version = await db.RulesVersions.AsNoTracking().SingleAsync();
        Assert.Equal((1, "Quy chế hoạt động"), (version.Number, version.Title));
        Assert.Contains("Nội dung cũ.", version.Body);
        Assert.Equal(["lien-he"], await db.SitePages.Select(p => p.Slug).ToListAsync());
        var producer = await db.Producers.AsNoTracking().SingleAsync();
        Assert.Null(producer.LegalForm);
        Assert.Equal(LongAnMarket.Core.Producers.ReconfirmationStage.None, producer.ReminderSent);
        var due = producer.ReconfirmDue(TimeSpan.FromDays(365));
        Assert.InRange(due, DateTimeOffset.UtcNow.AddDays(59), DateTimeOffset.UtcNow.AddDays(61));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.MySql)]
    public async Task Should_turn_free_ocop_stars_into_draft_certificates_that_show_no_stars_until_confirmed(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var db = database.CreateContext();
        await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
        const string time = "'2025-01-01 01:00:00'";
        foreach (var sql in new[]
        {
            "INSERT INTO Categories (Id, Name, NameEn, Slug, Description, SortOrder) VALUES (1, 'Gạo', 'Rice', 'gao', '', 1)",
            "INSERT INTO OriginAreas (Id, Name, Slug, Description) VALUES (1, 'Cần Đước', 'can-duoc', '')",
            $"INSERT INTO Producers (Id, Name, Slug, TaxCode, OriginAreaId, Address, Phone, Email, Description, Status, RegisteredAtOffsetMinutes, RegisteredAtUtc) VALUES (1, 'HTX A', 'htx-a', '0100109106', 1, 'Ấp 1', '+84909123456', 'a@example.vn', '', 1, 420, {time})",
            $"INSERT INTO Products (Id, ProducerId, CategoryId, OriginAreaId, Name, Slug, SortName, Description, OcopStars, IsPublished, IsFeatured, MinPriceDong, InStock, CreatedAtOffsetMinutes, CreatedAtUtc) VALUES " +
            $"(1, 1, 1, 1, 'Gạo A', 'gao-a', 'gao a', '', 4, 1, 0, 1000, 1, 420, {time}), (2, 1, 1, 1, 'Gạo B', 'gao-b', 'gao b', '', 5, 1, 0, 1000, 1, 420, {time}), " +
            $"(3, 1, 1, 1, 'Gạo C', 'gao-c', 'gao c', '', NULL, 1, 0, 1000, 1, 420, {time})",
            "INSERT INTO Certifications (ProductId, Kind, Number, Issuer, ValidFrom, ValidUntil) VALUES (1, 0, 'OCOP-1', 'UBND tỉnh', '2024-03-18', '2027-03-18'), (3, 1, 'VG-1', 'Chi cục', '2024-01-01', NULL)",
        })
            await db.Database.ExecuteSqlRawAsync(sql);

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Products.Where(p => p.OcopStars != null).ToListAsync());
        var ocop = await db.Certifications.AsNoTracking().Where(c => c.Kind == CertificationKind.Ocop).OrderBy(c => c.ProductId).ToListAsync();
        Assert.Equal([(1, "OCOP-1", 4, OcopLevel.Province), (2, "Chưa khai số quyết định", 5, OcopLevel.National)],
            ocop.Select(c => (c.ProductId!.Value, c.Number, c.OcopStars!.Value, c.OcopLevel!.Value)));
        Assert.All(ocop, c => Assert.True(c.AwaitsConfirmation));
        Assert.Equal(1, await db.Set<LongAnMarket.Infrastructure.Search.SearchIndexChange>().CountAsync(c => c.ProducerId == 1));
        Assert.Equal(CertificateRequirement.None, await db.Categories.Select(c => c.RequiredCertificates).SingleAsync()); // the trade office decides
    }

    [Fact]
    public void Should_keep_each_engines_migrations_in_its_own_namespace()
    {
        var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        var mysql = new MySqlDesignTimeFactory().CreateDbContext([]);
        Assert.All(sqlite.Database.GetMigrations(), m => Assert.DoesNotContain(m, mysql.Database.GetMigrations().Where(x => x != m)));
        Assert.NotEmpty(sqlite.Database.GetMigrations());
        Assert.NotEmpty(mysql.Database.GetMigrations());
    }
}
