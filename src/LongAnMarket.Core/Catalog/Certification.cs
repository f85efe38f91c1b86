using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Catalog;

/// <summary>
/// A certificate a listing rests on. A product's own: OCOP rating, self-declaration, VietGAP, organic… A producer's:
/// the facility food-safety certificate and the alcohol licence, which cover all its products.
/// </summary>
public sealed class Certification
{
    private Certification() { }

    internal Certification(CertificationKind kind, string number, string issuer, DateOnly validFrom, DateOnly? validUntil, OcopRating? rating = null)
        : this(kind, number, issuer, validFrom, validUntil)
    {
        if (kind.BelongsToProducer()) throw new DomainException("Giấy này thuộc về cơ sở sản xuất, không gắn với từng sản phẩm.");
        if (kind == CertificationKind.Ocop) Rate(rating ?? throw new DomainException("Chứng nhận OCOP cần số sao và cấp công nhận.") { Field = "OcopStars" }, validUntil);
        else if (rating is not null) throw new DomainException("Chỉ chứng nhận OCOP mới có số sao.");
    }

    private Certification(CertificationKind kind, string number, string issuer, DateOnly validFrom, DateOnly? validUntil)
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

    /// <summary>The facility food-safety certificate or the alcohol licence of <paramref name="producerId"/>.</summary>
    public static Certification ForProducer(int producerId, CertificationKind kind, string number, string issuer, DateOnly validFrom, DateOnly? validUntil)
    {
        if (!kind.BelongsToProducer()) throw new DomainException("Giấy này gắn với từng sản phẩm, không phải với cơ sở.");
        return new Certification(kind, number, issuer, validFrom, validUntil) { ProducerId = producerId };
    }

    private void Rate(OcopRating rating, DateOnly? validUntil)
    {
        if (rating.Stars is < 3 or > 5) throw new DomainException("Hạng OCOP chỉ có thể là 3, 4 hoặc 5 sao.") { Field = "OcopStars" };
        if (!Enum.IsDefined(rating.Level)) throw new DomainException("Vui lòng chọn cấp công nhận OCOP.") { Field = "OcopStars" };
        var lowest = OcopLevels.LowestFor(rating.Stars);
        var lowestName = OcopLevels.Name(lowest);
        if (rating.Level < lowest) throw new DomainException($"Hạng OCOP {rating.Stars} sao phải do cấp {lowestName} trở lên công nhận.") { Field = "OcopStars" };
        if (validUntil is null) throw new DomainException("Chứng nhận OCOP cần ngày hết hạn.") { Field = "OcopStars" };
        OcopStars = rating.Stars;
        OcopLevel = rating.Level;
    }

    public int Id { get; private set; }
    /// <summary>The product it covers; null for a producer's certificate.</summary>
    public int? ProductId { get; private set; }
    /// <summary>The producer it covers, for the facility certificate and the alcohol licence; null for a product's.</summary>
    public int? ProducerId { get; private set; }
    public CertificationKind Kind { get; private set; }
    public string Number { get; private set; } = "";
    public string Issuer { get; private set; } = "";
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidUntil { get; private set; }
    /// <summary>An OCOP certificate's rating: the stars and who recognised them.</summary>
    public int? OcopStars { get; private set; }
    public OcopLevel? OcopLevel { get; private set; }
    /// <summary>
    /// The day the trade office confirmed an OCOP certificate against the decision; until then it shows no stars.
    /// Other kinds count from entry: their holder answers for them.
    /// </summary>
    public DateOnly? ConfirmedOn { get; private set; }
    public string? ConfirmedBy { get; private set; }

    /// <summary>Which notices of its end the producer was sent, so each goes once.</summary>
    public CertificateNotices NoticesSent { get; private set; }

    public bool IsValidOn(DateOnly day) => day >= ValidFrom && (ValidUntil is null || day <= ValidUntil);

    public bool AwaitsConfirmation => Kind == CertificationKind.Ocop && ConfirmedOn is null;

    /// <summary>The OCOP stars this certificate grants on <paramref name="day"/>: confirmed and in force, or none.</summary>
    public int? StarsOn(DateOnly day) => Kind == CertificationKind.Ocop && !AwaitsConfirmation && IsValidOn(day) ? OcopStars : null;

    public void Confirm(string by, DateOnly on)
    {
        if (!AwaitsConfirmation) throw new DomainException("Chứng nhận này không chờ xác nhận.");
        if (OcopStars is null) throw new DomainException("Chứng nhận chưa ghi số sao: hãy gỡ để doanh nghiệp khai lại theo quyết định.");
        ConfirmedBy = VietnameseText.Clean(by);
        ConfirmedOn = on;
    }

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
