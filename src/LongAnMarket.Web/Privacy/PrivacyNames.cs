using LongAnMarket.Core.Privacy;

namespace LongAnMarket.Web.Privacy;

/// <summary>The Vietnamese names of purposes and request kinds, as keys for the page's translator.</summary>
public static class PrivacyNames
{
    public static string Of(ConsentPurpose purpose) => purpose switch
    {
        ConsentPurpose.Account => "Giữ tài khoản",
        ConsentPurpose.MarketingEmail => "Nhận thư giới thiệu sản phẩm",
        ConsentPurpose.DeliveryAddressSharing => "Chia sẻ địa chỉ nhận hàng với người bán và đơn vị vận chuyển",
        _ => purpose.ToString(),
    };

    public static string Of(DataRequestKind kind) => kind switch
    {
        DataRequestKind.Access => "Xem, nhận bản sao dữ liệu",
        DataRequestKind.Correction => "Chỉnh sửa dữ liệu",
        DataRequestKind.Deletion => "Xoá dữ liệu",
        DataRequestKind.ConsentWithdrawal => "Rút lại sự đồng ý",
        DataRequestKind.Restriction => "Hạn chế xử lý",
        DataRequestKind.Objection => "Phản đối xử lý",
        _ => kind.ToString(),
    };

    public static string SourceOf(string source) => source switch
    {
        "register" => "khi đăng ký",
        "account" => "trong trang tài khoản",
        "checkout" => "khi đặt hàng",
        _ => source,
    };
}
