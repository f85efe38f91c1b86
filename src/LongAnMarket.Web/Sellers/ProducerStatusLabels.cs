using LongAnMarket.Core.Producers;
using LongAnMarket.Web.Localization;

namespace LongAnMarket.Web.Sellers;

public static class ProducerStatusLabels
{
    public static string Of(ProducerStatus status, UiText text) => status switch
    {
        ProducerStatus.Approved => text["Đã duyệt"],
        ProducerStatus.Rejected => text["Bị từ chối"],
        ProducerStatus.Suspended => text["Tạm ngừng bán"],
        _ => text["Chờ duyệt"],
    };
}
