using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Messaging;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Producers;
using LongAnMarket.Web.Factories;
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

            {(moderation.Actor == ProducerStatusChange.SystemActor ? "Sàn đã tự động" : "Ban quản lý sàn đã")} tạm ngừng bán sản phẩm “{productName}” vì lý do sau:

            {moderation.Reason}

            Sau khi chỉnh sửa, bạn có thể đăng bán lại tại: {urls.Absolute("/seller/products")}

            {site.Value.Name}
            """), ct);

    public Task ReconfirmationDueAsync(Producer producer, DateTimeOffset due, DateTimeOffset lapsesAt, ReconfirmationStage stage, CancellationToken ct) =>
        sender.SendAsync(new EmailMessage(producer.Email,
            stage == ReconfirmationStage.Overdue
                ? $"Đã quá hạn xác nhận thông tin của {producer.Name} trên {site.Value.Name}"
                : $"Sắp đến hạn xác nhận thông tin của {producer.Name} trên {site.Value.Name}",
            $"""
            Kính gửi {producer.Name},

            Mỗi năm, người bán trên sàn xác nhận lại thông tin định danh: loại hình, đăng ký kinh doanh và người đại diện.
            Hạn xác nhận của doanh nghiệp: {due:dd/MM/yyyy}.

            Nếu đến hết ngày {lapsesAt.AddDays(-1):dd/MM/yyyy} vẫn chưa xác nhận, sản phẩm sẽ tạm ngừng bán cho đến khi doanh nghiệp xác nhận.

            Xác nhận tại: {urls.Absolute("/seller/identity")}

            {site.Value.Name}
            """), ct);

    public Task CertificateEndingAsync(Producer producer, string? productName, Certification certificate, CertificateNotices notice, CancellationToken ct)
    {
        var what = $"{CertificationLabels.Of(certificate.Kind)} số {certificate.Number} " + (productName is null ? "của cơ sở" : $"của “{productName}”");
        var (subject, body) = notice == CertificateNotices.Ended
            ? ($"{what} đã hết hạn", $"Chứng nhận này hết hạn ngày {certificate.ValidUntil:dd/MM/yyyy}: trang sản phẩm ghi rõ là đã hết hạn. Hãy cập nhật chứng nhận mới.")
            : ($"{what} sắp hết hạn", $"Chứng nhận này hết hạn ngày {certificate.ValidUntil:dd/MM/yyyy}. Hãy gia hạn và cập nhật trước ngày đó.");
        return sender.SendAsync(new EmailMessage(producer.Email, subject,
            $"""
            Kính gửi {producer.Name},

            {body}

            Cập nhật tại: {urls.Absolute(productName is null ? "/seller/certificates" : "/seller/products")}

            {site.Value.Name}
            """), ct);
    }

    public Task RulesPublishedAsync(Producer producer, Core.Compliance.RulesVersion version, CancellationToken ct) =>
        sender.SendAsync(new EmailMessage(producer.Email,
            $"Quy chế hoạt động {site.Value.Name} phiên bản {version.Number}, hiệu lực từ {version.EffectiveFrom:dd/MM/yyyy}",
            $"""
            Kính gửi {producer.Name},

            Ban quản lý sàn đã công bố Quy chế hoạt động phiên bản {version.Number}, áp dụng từ ngày {version.EffectiveFrom:dd/MM/yyyy}.

            Những điểm thay đổi:

            {version.Changes}

            Toàn văn: {urls.Absolute(version.Path)}

            Từ ngày áp dụng, doanh nghiệp cần đọc và đồng ý phiên bản mới trước khi thay đổi sản phẩm: {urls.Absolute("/seller/rules")}

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
