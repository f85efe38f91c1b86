namespace LongAnMarket.Core.Privacy;

/// <summary>One line of the record of processing: why data is processed, whose, which, who receives it, how long it is kept.</summary>
public sealed record ProcessingActivity(string Name, string Purpose, string DataSubjects, string DataCategories, string Recipients,
    string AbroadTransfer, string Retention, string LegalBasis, ConsentPurpose? Consent = null);

/// <summary>The marketplace's record of processing activities, as the code does them.</summary>
public static class ProcessingActivities
{
    public static readonly IReadOnlyList<ProcessingActivity> All =
    [
        new("Tài khoản", "Tạo và quản lý tài khoản, đăng nhập, bảo vệ tài khoản", "Người mua, người bán, quản trị viên",
            "Họ tên, email, mật khẩu (chỉ lưu mã băm một chiều), vai trò, khoá xác thực hai bước, lần đăng nhập sai",
            "Không chia sẻ", "Không", "Đến khi xoá tài khoản", "Sự đồng ý khi đăng ký", ConsentPurpose.Account),
        new("Đơn hàng", "Nhận đơn, giao hàng, thanh toán, hoàn tiền, sổ sách", "Người mua (cả khách không đăng ký)",
            "Họ tên, số điện thoại, email, địa chỉ nhận hàng, ghi chú, mã giao dịch thanh toán",
            "Người bán của từng phần đơn; đơn vị vận chuyển; ngân hàng và cổng thanh toán", "Stripe (khi trả bằng thẻ)",
            "Đơn hàng và chứng từ giữ theo pháp luật kế toán, thuế; thông tin người mua ẩn danh khi xoá tài khoản",
            "Thực hiện hợp đồng; sự đồng ý chia sẻ địa chỉ nhận hàng", ConsentPurpose.DeliveryAddressSharing),
        new("Thư giới thiệu", "Gửi thư giới thiệu sản phẩm, chương trình của sàn", "Người dùng đã đồng ý",
            "Email, họ tên", "Không chia sẻ", "Không", "Đến khi rút lại sự đồng ý", "Sự đồng ý riêng, rút lại bất cứ lúc nào",
            ConsentPurpose.MarketingEmail),
        new("Hồ sơ người bán", "Xét duyệt, xác minh và quản lý người bán", "Người đại diện, chủ hộ kinh doanh",
            "Họ tên, chức vụ, số định danh cá nhân (mã hoá, chỉ hiện 3 số cuối), mã số thuế, địa chỉ, điện thoại, tài khoản nhận tiền",
            "Sở Công Thương; cơ quan có thẩm quyền khi có văn bản yêu cầu", "Không",
            "Trong thời gian hoạt động và thời hạn lưu hồ sơ thương mại điện tử sau đó", "Nghĩa vụ pháp lý của sàn thương mại điện tử"),
        new("Quét mã truy xuất", "Đếm lượt quét, phát hiện tem bị sao chép", "Người tiêu dùng quét mã",
            "Mã băm của địa chỉ IP kèm muối bí mật, thời điểm, trình duyệt (rút gọn)", "Không chia sẻ", "Không",
            "Theo thời hạn lưu nhật ký quét", "Bảo vệ người tiêu dùng khỏi hàng giả; dữ liệu đã băm, không định danh trực tiếp"),
        new("Phản ánh hàng giả", "Tiếp nhận và xử lý phản ánh nghi hàng giả", "Người gửi phản ánh",
            "Nội dung, ảnh (đã xoá siêu dữ liệu vị trí), thông tin liên hệ nếu người gửi để lại", "Cơ quan quản lý thị trường khi cần xử lý",
            "Không", "Đến khi đóng phản ánh và hết thời hạn lưu hồ sơ", "Sự đồng ý khi gửi phản ánh"),
        new("Yêu cầu về dữ liệu cá nhân", "Trả lời yêu cầu xem, sửa, xoá, rút lại đồng ý, hạn chế, phản đối", "Người dùng",
            "Email, nội dung yêu cầu, câu trả lời", "Không chia sẻ", "Không",
            "Giữ làm hồ sơ; email bị xoá khi xoá tài khoản", "Nghĩa vụ pháp lý"),
    ];
}
