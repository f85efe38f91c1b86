using LongAnMarket.Core.Traceability;
using LongAnMarket.Web.Localization;

namespace LongAnMarket.Web.Traceability;

public static class TraceStepLabels
{
    public static string Of(TraceStep step, UiText text) => step switch
    {
        TraceStep.Commissioning => text["Thu hoạch / sản xuất"],
        TraceStep.Transforming => text["Chế biến"],
        TraceStep.Inspecting => text["Kiểm tra chất lượng"],
        TraceStep.Packing => text["Đóng gói"],
        TraceStep.Shipping => text["Xuất hàng"],
        TraceStep.Receiving => text["Nhận hàng"],
        TraceStep.Recalling => text["Thu hồi"],
        _ => step.ToString(),
    };
}
