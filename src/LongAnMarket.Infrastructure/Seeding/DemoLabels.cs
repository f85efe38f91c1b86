using LongAnMarket.Core.Catalog;

namespace LongAnMarket.Infrastructure.Seeding;

/// <summary>
/// Label contents for the demo catalogue, written as producers of each kind of goods print them: what is in it, how
/// to use and keep it, what to watch for, how long it keeps. Made up for the demo, not copied from real labels.
/// </summary>
internal static class DemoLabels
{
    public static ProductLabel For(DemoProduct item, DemoProducer producer)
    {
        var origin = $"Việt Nam ({producer.Area}, vùng Long An, tỉnh Tây Ninh)";
        var responsible = $"{producer.Name}, {producer.Address}";
        var (ingredients, usage, storage, warnings, shelfLife) = item.Category switch
        {
            "Gạo & nông sản khô" => ($"100% {item.Name}.", "Vo nhẹ một lần, nấu với nước theo tỉ lệ 1 gạo : 1,2 nước (hạt khô dùng theo món).",
                "Nơi khô ráo, thoáng mát, tránh ánh nắng trực tiếp; buộc kín miệng bao sau khi mở.", "Không dùng khi có mùi lạ, mọt hoặc mốc.",
                "12 tháng kể từ ngày đóng gói"),
            "Trái cây & nông sản tươi" => ($"100% {item.Name} tươi.", "Rửa sạch trước khi dùng.", "Bảo quản mát 8–12 °C, tránh ánh nắng.",
                "Không dùng khi dập, úng hoặc có mùi lên men.", "7 ngày kể từ ngày thu hoạch"),
            "Đặc sản chế biến" => ($"{item.Name}: nguyên liệu chính của vùng {producer.Area}, muối, đường; không chất bảo quản.",
                "Dùng ngay hoặc chế biến theo món; xem từng quy cách.", "Ngăn mát tủ lạnh 0–5 °C; đã mở bao dùng trong 5 ngày.",
                "Không dùng khi bao bì phồng, rách hoặc có mùi lạ. Có thể chứa gluten, đậu phộng.", "3 tháng kể từ ngày sản xuất"),
            "Mắm & gia vị" => ($"{item.Name}: cá, muối biển (cá : muối 3 : 1), ủ chượp truyền thống.", "Dùng làm nước chấm hoặc nêm khi nấu.",
                "Nơi thoáng mát, đậy kín nắp sau khi dùng.", "Sản phẩm có chứa cá. Không dùng khi có mùi chua lạ.", "24 tháng kể từ ngày sản xuất"),
            "Đồ uống" when item.ContainsAlcohol => ($"{item.Name}: nếp, men truyền thống, nước; độ cồn ghi trên chai.",
                "Dùng trực tiếp, ngon hơn khi để lạnh.", "Nơi thoáng mát, tránh ánh nắng; đậy kín nút sau khi mở.",
                "Không dùng cho người dưới 18 tuổi và phụ nữ mang thai. Đã uống rượu, bia thì không lái xe.", "Không giới hạn khi chưa mở nắp"),
            "Đồ uống" => ($"{item.Name}: nguyên liệu của vùng {producer.Area}, nước; không đường hóa học.", "Lắc đều, dùng lạnh.",
                "Nơi thoáng mát; đã mở nắp giữ lạnh và dùng trong 3 ngày.", "Không dùng khi nắp phồng hoặc có mùi lạ.", "6 tháng kể từ ngày sản xuất"),
            "Quà tặng" => ($"Hộp quà gồm các sản phẩm ghi trên hộp; thành phần của từng sản phẩm ghi trên nhãn riêng.",
                "Xem hướng dẫn trên nhãn từng sản phẩm trong hộp.", "Nơi khô ráo, thoáng mát, tránh ánh nắng.",
                item.ContainsAlcohol ? "Hộp có rượu: không dùng cho người dưới 18 tuổi. Đã uống rượu, bia thì không lái xe." : "Xem cảnh báo trên nhãn từng sản phẩm.",
                "Theo hạn ngắn nhất của các sản phẩm trong hộp"),
            _ => ($"{item.Name}, làm thủ công từ nguyên liệu tự nhiên của vùng {producer.Area}.", "Lau bằng khăn khô, tránh ngâm nước lâu.",
                "Nơi khô ráo, thoáng gió để tránh ẩm mốc.", "Tránh xa nguồn lửa.", ""),
        };
        return ProductLabel.Of(origin, responsible, ingredients, usage, storage, warnings, shelfLife);
    }
}
