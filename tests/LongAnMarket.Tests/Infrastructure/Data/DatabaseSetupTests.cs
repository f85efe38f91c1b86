using LongAnMarket.Infrastructure.Data;
using MySqlConnector;

namespace LongAnMarket.Tests.Infrastructure.Data;

public sealed class DatabaseSetupTests
{
    [Fact]
    public void Should_skip_the_pool_reset_unless_the_connection_string_asks_for_it()
    {
        Assert.False(new MySqlConnectionStringBuilder(DatabaseSetup.WithoutPoolReset("Server=db;Database=longan;User=u")).ConnectionReset);
        Assert.True(new MySqlConnectionStringBuilder(DatabaseSetup.WithoutPoolReset("Server=db;Database=longan;Connection Reset=true")).ConnectionReset);
        Assert.True(new MySqlConnectionStringBuilder(DatabaseSetup.WithoutPoolReset("Server=db;Database=longan;ConnectionReset=true")).ConnectionReset);
    }
}
