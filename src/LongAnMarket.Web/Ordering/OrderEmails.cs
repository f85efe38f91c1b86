using System.Text;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Messaging;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Ordering;

/// <summary>Emails at each step of an order: placed, paid and shipped to the shopper; paid to each producer for its part; lot recalls.</summary>
public sealed class OrderEmails(IEmailSender sender, SiteUrls urls, IOptions<SiteOptions> site, IOptions<PaymentOptions> payments,
    UserManager<MarketUser> users, ILogger<OrderEmails> logger) : IOrderNotifier
{
    /// <summary>Lines, totals, how to pay and the private link: nothing the person who typed the order wrote.</summary>
    public Task PlacedAsync(Order order, CancellationToken ct) => ToShopperAsync(order, $"Đơn hàng {order.Code} đã được đặt",
        $"""
        Cảm ơn bạn đã đặt hàng. Tổng cộng {Vnd.Format(order.TotalDong)}.

        Hãy thanh toán trước {order.PayBy:HH:mm dd/MM/yyyy}; sau thời hạn này đơn sẽ tự huỷ và hàng được trả lại kho.
        Chuyển khoản: {payments.Value.VietQr.BankName}, số tài khoản {payments.Value.VietQr.AccountNumber} ({payments.Value.VietQr.AccountName}),
        số tiền {Vnd.Format(order.TotalDong)}, nội dung “DH {order.Code}”.
        Mã QR và chi tiết ở trang đơn hàng:
        {Link(order)}

        {Lines(order)}
        """, ct);

    public async Task PaidAsync(Order order, IReadOnlyDictionary<int, string> producerEmails, CancellationToken ct)
    {
        await ToShopperAsync(order, $"Đơn hàng {order.Code} đã được thanh toán",
            $"""
            Chúng tôi đã nhận {Vnd.Format(order.TotalDong)} cho đơn {order.Code}. Các nhà sản xuất đang chuẩn bị hàng.

            Theo dõi đơn hàng: {Link(order)}
            """, ct);
        foreach (var part in order.SubOrders)
        {
            if (!producerEmails.TryGetValue(part.ProducerId, out var email) || string.IsNullOrEmpty(email)) continue;
            await SendAsync(email, $"Đơn mới {order.Code}: {Vnd.Format(part.TotalDong)}",
                $"""
                Kính gửi {part.ProducerName},

                Đơn {order.Code} đã được thanh toán. Phần của bạn:

                {string.Join("\n", part.Lines.Select(LineText))}
                Phí vận chuyển: {Vnd.Format(part.ShippingDong)}

                Giao đến: {order.Buyer.Name}, {order.Buyer.Phone}
                {order.Buyer.Street}, {order.Buyer.Commune}, {order.Buyer.Province}
                {(order.Buyer.Note is { } note ? "Ghi chú: " + note : "")}

                Xử lý đơn: {urls.Absolute($"/seller/orders/{part.Id}")}
                """, ct);
        }
    }

    public Task ShippedAsync(Order order, SubOrder part, CancellationToken ct) => ToShopperAsync(order, $"Đơn {order.Code}: {part.ProducerName} đã gửi hàng",
        $"""
        {part.ProducerName} đã giao phần hàng của bạn cho {part.Carrier}, mã vận đơn {part.TrackingNumber}.

        Theo dõi đơn hàng: {Link(order)}
        """, ct);

    public Task LotRecalledAsync(Order order, string productName, string lotCode, string reason, CancellationToken ct) =>
        ToShopperAsync(order, $"Thông báo thu hồi: {productName} (lô {lotCode})",
            $"""
            Sản phẩm {productName} trong đơn {order.Code} thuộc lô {lotCode}, lô này vừa bị nhà sản xuất thu hồi.

            Lý do: {reason}

            Xin ngừng sử dụng sản phẩm và liên hệ nhà sản xuất hoặc {site.Value.Name} để được hỗ trợ.
            Chi tiết đơn hàng: {Link(order)}
            """, ct);

    /// <summary>
    /// Anyone can type any address at checkout, so a mail to an address no account has confirmed greets nobody by the
    /// name typed with it: a stranger's text never reaches a victim's inbox under this marketplace's name.
    /// </summary>
    private async Task ToShopperAsync(Order order, string subject, string body, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(order.Buyer.Email)) return;
        var greeting = await IsConfirmedAddressAsync(order) ? $"Chào {order.Buyer.Name}," : "Xin chào,";
        await SendAsync(order.Buyer.Email, subject, $"{greeting}\n\n{body}\n\n{site.Value.Name}", ct);
    }

    private async Task<bool> IsConfirmedAddressAsync(Order order) =>
        order.UserId is not null && await users.FindByIdAsync(order.UserId) is { EmailConfirmed: true, Email: { } email }
        && email.Equals(order.Buyer.Email, StringComparison.OrdinalIgnoreCase);

    /// <summary>A mail server that is down must not undo an order that is already committed: the failure is logged.</summary>
    private async Task SendAsync(string to, string subject, string body, CancellationToken ct)
    {
        try { await sender.SendAsync(new EmailMessage(to, subject, body), ct); }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Email “{Subject}” to {To} could not be sent", subject, to);
        }
    }

    private string Link(Order order) => urls.Absolute($"/orders/{order.Code}?key={order.AccessKey}");

    private static string LineText(OrderLine line) => $"- {line.ProductName} ({line.PackSize}) × {line.Quantity}: {Vnd.Format(line.TotalDong)}";

    private static string Lines(Order order)
    {
        var text = new StringBuilder();
        foreach (var part in order.SubOrders)
        {
            text.AppendLine(part.ProducerName);
            foreach (var line in part.Lines) text.AppendLine(LineText(line));
            text.AppendLine($"  Phí vận chuyển: {Vnd.Format(part.ShippingDong)}");
        }
        return text.ToString();
    }
}
