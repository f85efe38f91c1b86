using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Data;

/// <summary>The embedded default; migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteMarketDbContext(DbContextOptions<SqliteMarketDbContext> options) : MarketDbContext(options);
