using LongAnMarket.Core.Common;

namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>Stock ran out between the cart and the order: nothing was reserved, nothing charged.</summary>
public sealed class SoldOutException(string productName)
    : DomainException($"“{productName}” vừa hết hàng hoặc không còn đủ số lượng bạn chọn. Đơn hàng chưa được tạo; hãy xem lại giỏ hàng.");
