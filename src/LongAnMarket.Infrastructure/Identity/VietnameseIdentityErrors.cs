using Microsoft.AspNetCore.Identity;

namespace LongAnMarket.Infrastructure.Identity;

/// <summary>Identity's messages in Vietnamese, the language of the forms they appear on.</summary>
public sealed class VietnameseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"Email {email} đã có tài khoản. Hãy đăng nhập hoặc dùng “Quên mật khẩu”.");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"Email {userName} đã có tài khoản. Hãy đăng nhập hoặc dùng “Quên mật khẩu”.");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"Email “{email}” không hợp lệ.");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"Email “{userName}” không hợp lệ.");
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Mật khẩu cần ít nhất {length} ký tự; một câu dài dễ nhớ là mật khẩu tốt.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Mật khẩu cần ít nhất {uniqueChars} ký tự khác nhau.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Mật khẩu hiện tại không đúng.");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Đường dẫn đã hết hạn hoặc đã được dùng. Hãy yêu cầu một đường dẫn mới.");
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Có lỗi xảy ra; vui lòng thử lại.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
