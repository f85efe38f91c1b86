using LongAnMarket.Core.Messaging;
using LongAnMarket.Web.Hosting;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Accounts;

/// <summary>
/// The account emails. Every link is built from the configured public origin (SiteUrls), never from the request's
/// Host header, so a forged Host cannot put someone else's domain into a reset link.
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

    /// <summary>Someone tried to sign up with an address that has an account: its owner hears of it, the form says nothing.</summary>
    public Task SendAlreadyRegisteredAsync(string email, CancellationToken ct) =>
        sender.SendAsync(new EmailMessage(email, $"Địa chỉ này đã có tài khoản {site.Value.Name}",
            $"""
            Có người (có thể là bạn) vừa đăng ký tài khoản {site.Value.Name} bằng địa chỉ {email}, nhưng địa chỉ này đã có tài khoản.

            Nếu là bạn, hãy đăng nhập: {urls.Absolute("/account/login")}
            Nếu quên mật khẩu, đặt lại tại: {urls.Absolute("/account/forgot-password")}

            Nếu không phải bạn, hãy bỏ qua email này; tài khoản của bạn không thay đổi gì.
            """), ct);

    public Task SendAdminEnrolmentAsync(string email, string userId, string secret, CancellationToken ct) =>
        sender.SendAsync(new EmailMessage(email, $"Thiết lập xác thực hai bước cho tài khoản quản trị {site.Value.Name}",
            $"""
            Tài khoản quản trị {email} cần một ứng dụng xác thực trước khi vào khu vực quản trị.

            Mở đường dẫn sau (có hiệu lực 24 giờ, dùng được một lần), nhập lại mật khẩu rồi quét mã QR bằng ứng dụng xác thực:

            {Link("/account/two-factor/enrol", userId, secret)}

            Nếu không phải bạn vừa đăng nhập, hãy đổi mật khẩu ngay và báo cho ban quản lý sàn.
            """), ct);

    private string Link(string path, string userId, string code) =>
        urls.Absolute($"{path}?userId={Uri.EscapeDataString(userId)}&code={Uri.EscapeDataString(code)}");
}
