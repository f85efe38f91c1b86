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
    EnableAuthenticatorForm Form);
