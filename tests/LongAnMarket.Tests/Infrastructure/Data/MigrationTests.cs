using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;

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
