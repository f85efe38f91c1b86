using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Messaging;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Producers;
using LongAnMarket.Web.Hosting;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Sellers;

/// <summary>Emails the producer's contact address at every move of its status and every product taken off sale, with the reason.</summary>
public sealed class ProducerStatusEmails(IEmailSender sender, SiteUrls urls, IOptions<SiteOptions> site) : IProducerNotifier
{
    public Task ProductUnpublishedAsync(Producer producer, string productName, ProductModeration moderation, CancellationToken ct) =>
        sender.SendAsync(new EmailMessage(producer.Email, $"Sản phẩm “{productName}” tạm ngừng bán trên {site.Value.Name}",
            $"""
            Kính gửi {producer.Name},

            Ban quản lý sàn đã tạm ngừng bán sản phẩm “{productName}” vì lý do sau:

            {moderation.Reason}

            Sau khi chỉnh sửa, bạn có thể đăng bán lại tại: {urls.Absolute("/seller/products")}

            {site.Value.Name}
            """), ct);

    public Task StatusChangedAsync(Producer producer, ProducerStatusChange change, CancellationToken ct)
    {
        var name = site.Value.Name;
        var (subject, body) = change.To switch
        {
            ProducerStatus.Approved when change.From == ProducerStatus.Suspended =>
                ($"{producer.Name} được bán lại trên {name}", "Doanh nghiệp của bạn đã được mở lại; các sản phẩm đã đăng bán hiển thị trở lại."),
            ProducerStatus.Approved =>
                ($"Hồ sơ {producer.Name} đã được duyệt", $"Chúc mừng! Doanh nghiệp của bạn đã được duyệt và có thể đăng bán sản phẩm trên {name}."),
            ProducerStatus.Rejected =>
                ($"Hồ sơ {producer.Name} chưa được duyệt", $"Hồ sơ chưa được duyệt vì lý do sau:\n\n{change.Reason}\n\nBạn có thể liên hệ Ban quản lý sàn để bổ sung."),
            ProducerStatus.Suspended =>
                ($"{producer.Name} tạm ngừng bán trên {name}", $"Doanh nghiệp của bạn tạm ngừng bán vì lý do sau:\n\n{change.Reason}\n\nSản phẩm tạm ẩn; mã QR đã in vẫn mở được trang nguồn gốc."),
            _ => ($"Trạng thái {producer.Name} đã thay đổi", ""),
        };
        return sender.SendAsync(new EmailMessage(producer.Email, subject,
            $"""
            Kính gửi {producer.Name},

            {body}

            Xem chi tiết: {urls.Absolute("/seller")}

            {name}
            """), ct);
    }
}
