using System.Text.Json;
using LongAnMarket.Infrastructure.Payments.SePay;

namespace LongAnMarket.Tests.Infrastructure.Payments;

/// <summary>SePay's documented formats: webhook and transaction-list times in Vietnam's wall clock, amounts in whole đồng.</summary>
public sealed class SePayFormatTests
{
    [Theory]
    [InlineData("2277000", 2_277_000)]        // the webhook's transferAmount
    [InlineData("\"2277000.00\"", 2_277_000)] // the v1 transaction list's amount_in
    [InlineData("\"0.00\"", 0)]
    public void Reads_amounts_as_whole_dong(string json, long dong) => Assert.Equal(dong, SePayWebhook.Amount(JsonDocument.Parse(json).RootElement));

    [Theory]
    [InlineData("\"2277000.50\"")]
    [InlineData("\"hai trieu\"")]
    [InlineData("-5")]
    public void Refuses_an_amount_that_is_not_whole_dong(string json) =>
        Assert.ThrowsAny<FormatException>(() => SePayWebhook.Amount(JsonDocument.Parse(json).RootElement));

    [Fact]
    public void Reads_the_documented_transaction_date_as_Vietnam_time() =>
        Assert.Equal(new DateTimeOffset(2023, 3, 25, 7, 2, 37, TimeSpan.Zero), SePayWebhook.ParseTime("2023-03-25 14:02:37"));
}
