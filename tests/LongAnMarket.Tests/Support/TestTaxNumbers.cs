using LongAnMarket.Core.Producers;

namespace LongAnMarket.Tests.Support;

/// <summary>Fresh, valid enterprise tax numbers: tests share databases, so each application needs its own.</summary>
public static class TestTaxNumbers
{
    private static int _sequence = Random.Shared.Next(10_000_000);

    public static string Next()
    {
        while (true)
        {
            var stem = $"07{Interlocked.Increment(ref _sequence) % 10_000_000:D7}";
            if (TaxNumber.CheckDigit(stem) is { } check) return stem + check;
        }
    }
}
