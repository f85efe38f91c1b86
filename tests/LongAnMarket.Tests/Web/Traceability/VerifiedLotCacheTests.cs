using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Traceability;
using LongAnMarket.Tests.Support;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Traceability;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Tests.Web.Traceability;

/// <summary>When a provenance page may show a lot's record as last verified, and when it must check the whole chain again.</summary>
public sealed class VerifiedLotCacheTests
{
    private static readonly LotRow Row = new(7, "08930000000019", "ND1", 1, 2, 3, new DateOnly(2026, 11, 1), null, 500m, LotUnit.Kilogram,
        "Thửa 12", "Gạo Nàng Thơm", "5 kg", "HTX Chợ Đào", "1100000000", new DateTime(2026, 11, 1), null, null, "head-1", 10);

    private readonly TraceVersion _version = new();
    private readonly ShiftedClock _clock = new();
    private int _verified;

    private VerifiedLotCache Cache(int reverifySeconds = 10, bool caching = true) => new(_version, _clock,
        Options.Create(new TraceabilityOptions { ReverifySeconds = reverifySeconds }), Options.Create(new CachingOptions { Enabled = caching }));

    private Task<VerifiedLot> Verify(LotRow row)
    {
        _verified++;
        return Task.FromResult(new VerifiedLot(row, LotVerification.Intact(3), _clock.GetUtcNow().UtcDateTime, [], [], [], [], null));
    }

    [Fact]
    public async Task A_record_is_kept_while_the_lot_row_is_unchanged_apart_from_its_scan_count()
    {
        using var cache = Cache();
        await cache.GetAsync(Row, () => Verify(Row));
        var scanned = Row with { ScanCount = 11 };
        await cache.GetAsync(scanned, () => Verify(scanned));
        Assert.Equal(1, _verified);
    }

    [Fact]
    public async Task A_changed_lot_row_a_record_written_through_the_platform_or_the_interval_passing_checks_again()
    {
        using var cache = Cache();
        await cache.GetAsync(Row, () => Verify(Row));
        var appended = Row with { HeadLink = "head-2" };
        await cache.GetAsync(appended, () => Verify(appended));
        Assert.Equal(2, _verified);

        _version.Bump();
        await cache.GetAsync(appended, () => Verify(appended));
        Assert.Equal(3, _verified);

        _clock.Advance(TimeSpan.FromSeconds(10));
        await cache.GetAsync(appended, () => Verify(appended));
        Assert.Equal(4, _verified);
        await cache.GetAsync(appended, () => Verify(appended));
        Assert.Equal(4, _verified);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(10, false)]
    public async Task With_no_interval_or_caching_off_every_view_checks_the_whole_chain(int reverifySeconds, bool caching)
    {
        using var cache = Cache(reverifySeconds, caching);
        await cache.GetAsync(Row, () => Verify(Row));
        await cache.GetAsync(Row, () => Verify(Row));
        Assert.Equal(2, _verified);
    }

    [Fact]
    public async Task A_lot_that_changed_between_the_two_reads_is_shown_but_not_kept()
    {
        using var cache = Cache();
        var newer = Row with { HeadLink = "head-2" };
        await cache.GetAsync(Row, () => Verify(newer));
        await cache.GetAsync(newer, () => Verify(newer));
        Assert.Equal(2, _verified);
    }
}
