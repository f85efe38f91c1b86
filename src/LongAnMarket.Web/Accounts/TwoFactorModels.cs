using System.ComponentModel.DataAnnotations;

namespace LongAnMarket.Web.Accounts;

public sealed class TwoFactorSignInForm
{
    [Required(ErrorMessage = "Vui lòng nhập mã.")]
    [StringLength(20)]
    public string Code { get; set; } = "";

    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }
    public bool UseRecoveryCode { get; set; }
}

public sealed class EnableAuthenticatorForm
{
    [Required(ErrorMessage = "Vui lòng nhập mã 6 số từ ứng dụng.")]
    [StringLength(10)]
    public string Code { get; set; } = "";
}

public sealed record TwoFactorPageModel(
    bool Enabled, bool Required, string SharedKey, string QrSvg, int RecoveryCodesLeft, IReadOnlyList<string>? NewRecoveryCodes,
    EnableAuthenticatorForm Form, bool EnrolByEmail = false);

/// <summary>The enrolment link's two steps: the password again, then the code from the newly added authenticator.</summary>
public sealed class EnrolmentForm
{
    [Required, StringLength(100)] public string UserId { get; set; } = "";
    [Required, StringLength(100)] public string Code { get; set; } = "";
    [StringLength(256)] public string? Password { get; set; }
    [StringLength(10)] public string? AuthenticatorCode { get; set; }
}

public sealed record EnrolmentPageModel(EnrolmentForm Form, string Email, string? SharedKey, string? QrSvg, IReadOnlyList<string>? RecoveryCodes);
