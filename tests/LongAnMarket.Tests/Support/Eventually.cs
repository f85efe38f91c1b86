using System.Diagnostics;

namespace LongAnMarket.Tests.Support;

/// <summary>Waiting for background work (the search indexer, the scan writer, the serial issuer) to show its effect.</summary>
public static class Eventually
{
    /// <summary>Reads until <paramref name="done"/> holds or the time is up; returns the last value read, for the caller to assert on.</summary>
    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value) || clock.Elapsed > within) return value;
            await Task.Delay(50);
        }
    }

    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan within, string what)
    {
        if (!await ReadAsync(condition, reached => reached, within)) throw new TimeoutException($"{what}: not reached within {within.TotalSeconds:F0} s");
    }
}
