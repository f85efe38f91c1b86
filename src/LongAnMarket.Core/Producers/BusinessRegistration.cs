using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Producers;

/// <summary>The certificate a business was registered with: its number, the day it was issued and the office that issued it.</summary>
public sealed class BusinessRegistration
{
    private BusinessRegistration() { }

    public BusinessRegistration(string number, DateOnly issuedOn, string issuer, DateOnly today)
    {
        Number = VietnameseText.Clean(number).ToUpperInvariant();
        if (Number.Length is < 5 or > 30 || !Number.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '/' or '.'))
            throw new DomainException("Số đăng ký kinh doanh gồm 5–30 chữ số, chữ cái hoặc dấu - / .") { Field = "RegistrationNumber" };
        if (issuedOn > today) throw new DomainException("Ngày cấp đăng ký kinh doanh không thể ở tương lai.") { Field = "RegistrationDate" };
        if (issuedOn.Year < 1945) throw new DomainException("Ngày cấp đăng ký kinh doanh không hợp lệ.") { Field = "RegistrationDate" };
        IssuedOn = issuedOn;
        Issuer = VietnameseText.Required(issuer, 200, "Nơi cấp");
    }

    public string Number { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }
    public string Issuer { get; private set; } = "";
}
