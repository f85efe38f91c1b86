using System.ComponentModel.DataAnnotations;

namespace LongAnMarket.Web.Accounts;

/// <summary>A new password typed twice: sign-up, reset and change share the rule and its messages.</summary>
public abstract class NewPasswordForm
{
    [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
    [StringLength(AccountSetup.MaximumPasswordLength, ErrorMessage = "Mật khẩu dài tối đa 256 ký tự.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập lại mật khẩu.")]
    [Compare(nameof(Password), ErrorMessage = "Hai lần nhập mật khẩu không khớp.")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class RegisterForm : NewPasswordForm
{
    [Required(ErrorMessage = "Vui lòng nhập họ tên.")]
    [StringLength(100, ErrorMessage = "Họ tên dài tối đa 100 ký tự.")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập email.")]
    [EmailAddress(ErrorMessage = "Email không hợp lệ.")]
    [StringLength(200, ErrorMessage = "Email dài tối đa 200 ký tự.")]
    public string Email { get; set; } = "";

    /// <summary>A separate, unticked choice: leaving it alone is no consent.</summary>
    public bool MarketingEmails { get; set; }
}

public sealed class SignInForm
{
    [Required(ErrorMessage = "Vui lòng nhập email.")]
    [StringLength(200)]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
    [StringLength(AccountSetup.MaximumPasswordLength)]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class ForgotPasswordForm
{
    [Required(ErrorMessage = "Vui lòng nhập email.")]
    [EmailAddress(ErrorMessage = "Email không hợp lệ.")]
    [StringLength(200)]
    public string Email { get; set; } = "";
}

public sealed class ResetPasswordForm : NewPasswordForm
{
    [Required] public string UserId { get; set; } = "";
    [Required] public string Code { get; set; } = "";

}

public sealed class ChangePasswordForm : NewPasswordForm
{
    [Required(ErrorMessage = "Vui lòng nhập mật khẩu hiện tại.")]
    [StringLength(AccountSetup.MaximumPasswordLength)]
    [DataType(DataType.Password)]
    public string CurrentPassword { get; set; } = "";

}

public sealed record AccountPageModel(string DisplayName, string Email, IReadOnlyList<string> Roles, string? Notice);

public sealed class DeleteAccountForm
{
    [Required(ErrorMessage = "Vui lòng nhập mật khẩu để xác nhận.")]
    [StringLength(AccountSetup.MaximumPasswordLength)]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";
}
