using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LongAnMarket.Infrastructure.Data;

/// <summary>Lets `dotnet ef migrations add --context SqliteMarketDbContext` run without a database.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMarketDbContext>
{
    public SqliteMarketDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteMarketDbContext>();
        DatabaseSetup.UseSqlite(options, "Data Source=design-time.db");
        return new SqliteMarketDbContext(options.Options);
    }
}

/// <summary>Lets `dotnet ef migrations add --context MySqlMarketDbContext` run without a server.</summary>
public sealed class MySqlDesignTimeFactory : IDesignTimeDbContextFactory<MySqlMarketDbContext>
{
    public MySqlMarketDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MySqlMarketDbContext>();
        DatabaseSetup.UseMySql(options, "Server=localhost;Database=longan_design", DatabaseSetup.DefaultMySqlVersion.ToString());
        return new MySqlMarketDbContext(options.Options);
    }
}
