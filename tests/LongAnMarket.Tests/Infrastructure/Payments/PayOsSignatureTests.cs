using System.Text.Json;
using LongAnMarket.Infrastructure.Payments.PayOS;
using LongAnMarket.Tests.Support.Providers;

namespace LongAnMarket.Tests.Infrastructure.Payments;

/// <summary>payOS's signatures as its documentation's worked example and its own Node SDK compute them.</summary>
public sealed class PayOsSignatureTests
{
    /// <summary>The webhook example on payos.vn/docs/tich-hop-webhook/kiem-tra-du-lieu-voi-signature, with its checksum key and signature.</summary>
    private const string DocumentedWebhook = """
        {"code": "00", "desc": "success", "success": true,
         "data": {"orderCode": 123, "amount": 3000, "description": "VQRIO123", "accountNumber": "12345678", "reference": "TF230204212323",
                  "transactionDateTime": "2023-02-04 18:25:00", "currency": "VND", "paymentLinkId": "124c33293c43417ab7879e14c8d9eb18",
                  "code": "00", "desc": "Thành công", "counterAccountBankId": "", "counterAccountBankName": "", "counterAccountName": "",
                  "counterAccountNumber": "", "virtualAccountName": "", "virtualAccountNumber": ""},
         "signature": "412e915d2871504ed31be63c8f62a149a4410d34c4c42affc9006ef9917eaa03"}
        """;
    private const string DocumentedChecksumKey = "1a54716c8f0efb2744fb28b6e38b25da7f67a925d98bc1c18bd8faaecadd7675";

    [Fact]
    public void The_documented_webhook_example_verifies_and_any_change_to_it_does_not()
    {
        var root = JsonDocument.Parse(DocumentedWebhook).RootElement;
        var signature = root.GetProperty("signature").GetString();
        Assert.True(PayOsSignature.Matches(root.GetProperty("data"), signature, DocumentedChecksumKey));
        Assert.False(PayOsSignature.Matches(root.GetProperty("data"), signature, DocumentedChecksumKey.Replace('1', '2')));
        Assert.False(PayOsSignature.Matches(JsonDocument.Parse(DocumentedWebhook.Replace("\"amount\": 3000", "\"amount\": 30000")).RootElement.GetProperty("data"),
            signature, DocumentedChecksumKey));
        Assert.False(PayOsSignature.Matches(root.GetProperty("data"), "not-hex", DocumentedChecksumKey));
        Assert.False(PayOsSignature.Matches(root.GetProperty("data"), null, DocumentedChecksumKey));
    }

    [Fact]
    public async Task Signs_data_with_nulls_letters_outside_ascii_and_arrays_exactly_as_payOS_sdk_does()
    {
        var data = new Dictionary<string, object?>
        {
            ["orderCode"] = 9_007_199_254_740_991L, ["amount"] = 1_250_000, ["description"] = "DH 7K2M9QXYZ", ["desc"] = "Thành công",
            ["counterAccountName"] = null, ["virtualAccountName"] = "null", ["success"] = true, ["accountNumber"] = "0129837465",
            ["transactions"] = new[] { new Dictionary<string, object?> { ["reference"] = "FT1", ["amount"] = 5, ["description"] = "Chuyển tiền" } },
        };
        var json = JsonSerializer.SerializeToElement(data);
        var sdk = await PayOsSdk.SignDataAsync(data, PayOsStandIn.ChecksumKey);
        Assert.Equal(sdk, PayOsSignature.OfData(json, PayOsStandIn.ChecksumKey));
        Assert.True(PayOsSignature.Matches(json, sdk.ToUpperInvariant(), PayOsStandIn.ChecksumKey));
    }

    [Fact]
    public async Task Signs_a_payment_link_request_as_payOS_sdk_does()
    {
        var request = new { amount = 250_000L, cancelUrl = "https://cho.example.vn/orders/7K2M9QXYZ?key=a", description = "DH 7K2M9QXYZ",
            orderCode = 123_456_789_012_345L, returnUrl = "https://cho.example.vn/orders/7K2M9QXYZ?key=a&paid=payos" };
        Assert.Equal(await PayOsSdk.SignPaymentRequestAsync(request, PayOsStandIn.ChecksumKey),
            PayOsSignature.OfPaymentRequest(request.amount, request.cancelUrl, request.description, request.orderCode, request.returnUrl, PayOsStandIn.ChecksumKey));
    }

    [Theory]
    [InlineData("2023-02-04 18:25:00", "2023-02-04T11:25:00Z")]
    [InlineData("2026-12-04T10:00:00+07:00", "2026-12-04T03:00:00Z")]
    public void Reads_payOS_times_as_Vietnam_wall_clock(string text, string utc) =>
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), PayOsClient.ParseTime(text));
}
