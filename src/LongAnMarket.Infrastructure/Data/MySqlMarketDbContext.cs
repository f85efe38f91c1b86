using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Data;

/// <summary>MariaDB 10.11 / MySQL 8 through Pomelo; migrations in Data/Migrations/MySql.</summary>
public sealed class MySqlMarketDbContext(DbContextOptions<MySqlMarketDbContext> options) : MarketDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasCharSet("utf8mb4").UseCollation("utf8mb4_unicode_ci");
        base.OnModelCreating(modelBuilder);
    }
}
