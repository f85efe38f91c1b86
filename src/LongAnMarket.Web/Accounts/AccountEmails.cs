using LongAnMarket.Core.Messaging;
using LongAnMarket.Web.Hosting;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Accounts;

/// <summary>
/// The account emails. Links use Site:PublicBaseUrl; without it they use the request's host, so production sets it
/// (or narrows AllowedHosts) lest a forged Host header put someone else's domain into a reset link.
/// </summary>
public sealed class AccountEmails(IEmailSender sender, SiteUrls urls, IOptions<SiteOptions> site)
{
    public Task SendConfirmationAsync(string email, string displayName, string userId, string code, CancellationToken ct) =>
        sender.SendAsync(new EmailMessage(email, $"Xác nhận email cho tài khoản {site.Value.Name}",
            $"""
            Chào {displayName},

            Để kích hoạt tài khoản {site.Value.Name}, hãy mở đường dẫn sau (có hiệu lực 24 giờ):

            {Link("/account/confirm-email", userId, code)}

            Nếu bạn không đăng ký, hãy bỏ qua email này.
            """), ct);

    public Task SendPasswordResetAsync(string email, string userId, string code, CancellationToken ct) =>
        sender.SendAsync(new EmailMessage(email, $"Đặt lại mật khẩu {site.Value.Name}",
            $"""
            Có người (có thể là bạn) yêu cầu đặt lại mật khẩu cho tài khoản {email}.

            Đặt mật khẩu mới tại đường dẫn sau (có hiệu lực 24 giờ, dùng được một lần):

            {Link("/account/reset-password", userId, code)}

            Nếu bạn không yêu cầu, hãy bỏ qua email này; mật khẩu hiện tại vẫn giữ nguyên.
            """), ct);

    public Task SendPasswordChangedAsync(string email, CancellationToken ct) =>
        sender.SendAsync(new EmailMessage(email, $"Mật khẩu {site.Value.Name} vừa được đổi",
            $"""
            Mật khẩu tài khoản {email} vừa được đổi.

            Nếu không phải bạn, hãy đặt lại mật khẩu ngay: {urls.Absolute("/account/forgot-password")}
            """), ct);

    private string Link(string path, string userId, string code) =>
        urls.Absolute($"{path}?userId={Uri.EscapeDataString(userId)}&code={Uri.EscapeDataString(code)}");
}
