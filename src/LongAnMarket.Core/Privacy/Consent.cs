using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Privacy;

/// <summary>
/// One consent as it was given: by whom, for which purpose, under which version of the privacy notice, through which
/// form and when; and, once withdrawn, when. A consent given again after a withdrawal is a new record, so the history
/// of what a person agreed to, and under which text, is never overwritten.
/// </summary>
public sealed class Consent
{
    private Consent() { }

    public Consent(string userId, ConsentPurpose purpose, string noticeVersion, string source, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(userId)) throw new DomainException("Sự đồng ý phải gắn với một tài khoản.");
        if (!Enum.IsDefined(purpose)) throw new DomainException("Mục đích xử lý không hợp lệ.");
        UserId = userId;
        Purpose = purpose;
        NoticeVersion = VietnameseText.Required(noticeVersion, 40, "Phiên bản thông báo");
        Source = VietnameseText.Required(source, 40, "Nơi đồng ý");
        GivenAtUtc = at.UtcDateTime;
    }

    public long Id { get; private set; }
    public string UserId { get; private set; } = "";
    public ConsentPurpose Purpose { get; private set; }
    /// <summary>The version of the privacy notice the person was shown when agreeing.</summary>
    public string NoticeVersion { get; private set; } = "";
    /// <summary>Where it was given: the sign-up form, the account's privacy page, checkout.</summary>
    public string Source { get; private set; } = "";
    public DateTime GivenAtUtc { get; private set; }
    public DateTime? WithdrawnAtUtc { get; private set; }

    public bool IsActive => WithdrawnAtUtc is null;

    public void Withdraw(DateTimeOffset at)
    {
        if (WithdrawnAtUtc is not null) throw new DomainException("Sự đồng ý này đã được rút lại.");
        WithdrawnAtUtc = at.UtcDateTime;
    }
}
