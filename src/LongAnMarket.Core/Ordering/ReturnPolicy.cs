using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Ordering;

/// <summary>Who pays to send goods back.</summary>
public enum ReturnShippingPayer
{
    /// <summary>The seller when the goods were at fault, the buyer for a change of mind.</summary>
    SellerWhenAtFault = 1,
    Seller = 2,
}

/// <summary>How money for a refund comes back.</summary>
public enum RefundChannel
{
    /// <summary>To the card it was paid with, or by bank transfer to the account it came from.</summary>
    OriginalPayment = 1,
    /// <summary>By bank transfer to an account the buyer names.</summary>
    BankTransfer = 2,
}

/// <summary>The floor the trade office sets: no producer's policy may give buyers less time than this.</summary>
public sealed record ReturnMinimum(int ProblemReportDays, int PerishableReportHours)
{
    public static readonly ReturnMinimum Default = new(7, 24);
}

/// <summary>
/// A producer's goods-inspection and returns policy, a trading condition shown before purchase and copied into each
/// order part: how long a buyer has to report a problem (fresh produce: hours, with a photo; other goods: days),
/// whether goods are taken back without a fault, who pays return shipping, how money comes back.
/// </summary>
public sealed record ReturnPolicy(int ProblemReportDays, int PerishableReportHours, bool AcceptsChangeOfMind, int ChangeOfMindDays,
    ReturnShippingPayer ReturnShipping, RefundChannel RefundVia)
{
    public const int MaxDays = 90;
    public const int MaxHours = 168;

    /// <summary>What applies when a producer has said nothing: the marketplace's minimum, no change-of-mind returns.</summary>
    public static ReturnPolicy MinimumOf(ReturnMinimum minimum) =>
        new(minimum.ProblemReportDays, minimum.PerishableReportHours, false, 0, ReturnShippingPayer.SellerWhenAtFault, RefundChannel.OriginalPayment);

    /// <summary>Every way this policy falls short of the marketplace's minimum or outside sane bounds, each with its field.</summary>
    public IReadOnlyList<DomainException> ProblemsAgainst(ReturnMinimum minimum)
    {
        var problems = new List<DomainException>();
        var days = minimum.ProblemReportDays;
        var hours = minimum.PerishableReportHours;
        if (ProblemReportDays < minimum.ProblemReportDays || ProblemReportDays > MaxDays)
            problems.Add(new DomainException($"Thời hạn báo lỗi phải từ {days} đến {MaxDays} ngày (mức tối thiểu của sàn).")
                { Field = nameof(ProblemReportDays) });
        if (PerishableReportHours < minimum.PerishableReportHours || PerishableReportHours > MaxHours)
            problems.Add(new DomainException($"Thời hạn báo lỗi hàng tươi phải từ {hours} đến {MaxHours} giờ (mức tối thiểu của sàn).")
                { Field = nameof(PerishableReportHours) });
        if (AcceptsChangeOfMind && ChangeOfMindDays is < 1 or > MaxDays)
            problems.Add(new DomainException($"Thời hạn đổi trả khi không có lỗi phải từ 1 đến {MaxDays} ngày.") { Field = nameof(ChangeOfMindDays) });
        if (!Enum.IsDefined(ReturnShipping)) problems.Add(new DomainException("Vui lòng chọn ai trả phí gửi hàng trả lại.") { Field = nameof(ReturnShipping) });
        if (!Enum.IsDefined(RefundVia)) problems.Add(new DomainException("Vui lòng chọn cách hoàn tiền.") { Field = nameof(RefundVia) });
        return problems;
    }

    /// <summary>The policy as it applies today: never below a minimum the trade office may have raised since it was written.</summary>
    public ReturnPolicy AtLeast(ReturnMinimum minimum) => this with
    {
        ProblemReportDays = Math.Max(ProblemReportDays, minimum.ProblemReportDays),
        PerishableReportHours = Math.Max(PerishableReportHours, minimum.PerishableReportHours),
        ChangeOfMindDays = AcceptsChangeOfMind ? ChangeOfMindDays : 0,
    };
}
