using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Catalog;

/// <summary>A certificate a product rests on: OCOP rating, VietGAP, organic…</summary>
public sealed class Certification
{
    private Certification() { }

    internal Certification(CertificationKind kind, string number, string issuer, DateOnly validFrom, DateOnly? validUntil)
    {
        Number = VietnameseText.Clean(number);
        Issuer = VietnameseText.Clean(issuer);
        if (Number.Length is 0 or > 60) throw new DomainException("Số chứng nhận phải có từ 1 đến 60 ký tự.");
        if (Issuer.Length is 0 or > 200) throw new DomainException("Cơ quan cấp phải có từ 1 đến 200 ký tự.");
        if (validUntil is { } until && until < validFrom) throw new DomainException("Ngày hết hạn phải sau ngày cấp.");
        Kind = kind;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
    }

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public CertificationKind Kind { get; private set; }
    public string Number { get; private set; } = "";
    public string Issuer { get; private set; } = "";
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidUntil { get; private set; }

    /// <summary>Which notices of its end the producer was sent, so each goes once.</summary>
    public CertificateNotices NoticesSent { get; private set; }

    public bool IsValidOn(DateOnly day) => day >= ValidFrom && (ValidUntil is null || day <= ValidUntil);

    /// <summary>
    /// The notice due on <paramref name="today"/> that was not sent yet: 90 days ahead, 30 days ahead (a late first
    /// notice counts for both), or the day after it ended. None when nothing is due.
    /// </summary>
    public CertificateNotices DueNotice(DateOnly today)
    {
        if (ValidUntil is not { } until) return CertificateNotices.None;
        var days = until.DayNumber - today.DayNumber;
        var due = days < 0 ? CertificateNotices.Ended : days <= 30 ? CertificateNotices.ThirtyDays : days <= 90 ? CertificateNotices.NinetyDays : CertificateNotices.None;
        return due != CertificateNotices.None && !NoticesSent.HasFlag(due) ? due : CertificateNotices.None;
    }

    /// <summary>Records <paramref name="notice"/> as sent, and the earlier ones it makes needless.</summary>
    public void NoticeSent(CertificateNotices notice) =>
        NoticesSent |= notice switch
        {
            CertificateNotices.Ended => CertificateNotices.Ended | CertificateNotices.ThirtyDays | CertificateNotices.NinetyDays,
            CertificateNotices.ThirtyDays => CertificateNotices.ThirtyDays | CertificateNotices.NinetyDays,
            _ => notice,
        };
}
