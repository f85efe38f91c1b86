using LongAnMarket.Core.Traceability;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Data;

/// <summary>MariaDB 10.11 / MySQL 8 through Pomelo; migrations in Data/Migrations/MySql.</summary>
public sealed class MySqlMarketDbContext(DbContextOptions<MySqlMarketDbContext> options) : MarketDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasCharSet("utf8mb4").UseCollation("utf8mb4_unicode_ci");
        base.OnModelCreating(modelBuilder);
        // GS1 lot and serial values are case-sensitive ("a1" and "A1" are two lots); SQLite compares bytes already.
        modelBuilder.Entity<Lot>().Property(l => l.Code).UseCollation("utf8mb4_bin");
        modelBuilder.Entity<LotSerial>().Property(s => s.Value).UseCollation("utf8mb4_bin");
    }
}
