using LongAnMarket.Core.Complaints;

namespace LongAnMarket.Web.Complaints;

/// <summary>The Vietnamese words for a case's reasons, remedies, states and steps, as keys for the page's translator.</summary>
public static class ComplaintNames
{
    public static string Of(ComplaintReason reason) => reason switch
    {
        ComplaintReason.Damaged => "Hư hỏng, dập, vỡ",
        ComplaintReason.WrongItem => "Giao sai hàng",
        ComplaintReason.Missing => "Thiếu hàng",
        ComplaintReason.NotAsDescribed => "Không đúng mô tả",
        ComplaintReason.Expired => "Hết hạn sử dụng",
        ComplaintReason.SuspectedFake => "Nghi hàng giả",
        _ => reason.ToString(),
    };

    public static string Of(ComplaintRemedy remedy) => remedy switch
    {
        ComplaintRemedy.Refund => "Hoàn tiền",
        ComplaintRemedy.Replacement => "Đổi hàng mới",
        ComplaintRemedy.ReturnAndRefund => "Trả hàng, hoàn tiền",
        ComplaintRemedy.Rejected => "Không chấp nhận khiếu nại",
        _ => remedy.ToString(),
    };

    public static string Of(ComplaintStatus status) => status switch
    {
        ComplaintStatus.AwaitingProducer => "Chờ nhà sản xuất trả lời",
        ComplaintStatus.AwaitingBuyer => "Chờ người mua trả lời",
        ComplaintStatus.WithTradeOffice => "Ban quản lý sàn đang xem xét",
        ComplaintStatus.Resolved => "Đã giải quyết",
        _ => status.ToString(),
    };

    public static string Badge(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Resolved => "badge--muted",
        ComplaintStatus.WithTradeOffice => "badge--progress",
        _ => "badge--warning",
    };

    public static string Of(ComplaintStepKind kind) => kind switch
    {
        ComplaintStepKind.Opened => "Người mua gửi khiếu nại",
        ComplaintStepKind.ProducerAccepted => "Nhà sản xuất chấp nhận",
        ComplaintStepKind.ProducerProposed => "Nhà sản xuất đề xuất",
        ComplaintStepKind.ProducerRefused => "Nhà sản xuất từ chối",
        ComplaintStepKind.BuyerAccepted => "Người mua đồng ý",
        ComplaintStepKind.BuyerEscalated => "Người mua chuyển lên Ban quản lý sàn",
        ComplaintStepKind.EscalatedForProducerSilence => "Quá hạn nhà sản xuất trả lời: chuyển Ban quản lý sàn",
        ComplaintStepKind.EscalatedForBuyerSilence => "Quá hạn người mua trả lời: chuyển Ban quản lý sàn",
        ComplaintStepKind.TradeOfficeDecided => "Ban quản lý sàn quyết định",
        ComplaintStepKind.RefundPaid => "Đã hoàn tiền",
        _ => kind.ToString(),
    };
}
