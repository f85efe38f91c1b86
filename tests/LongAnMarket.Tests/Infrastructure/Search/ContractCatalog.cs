using LongAnMarket.Core.Search;

namespace LongAnMarket.Tests.Infrastructure.Search;

/// <summary>The products every engine is tested against: Long An specialties with the traps real queries fall into.</summary>
public static class ContractCatalog
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 8, 0, 0, TimeSpan.FromHours(7));

    /// <summary>Reviews on a few products (count, stars added up): 13 averages 5, 1 and 4 average 4.5 with 4 and 2 reviews, 8 averages 4.</summary>
    public static readonly IReadOnlyDictionary<int, (int Count, int Stars)> Ratings = new Dictionary<int, (int, int)>
    {
        [13] = (3, 15), [1] = (4, 18), [4] = (2, 9), [8] = (5, 20),
    };

    public static readonly IReadOnlyList<SearchDocument> Products =
    [
        P(1, "Gạo Nàng Thơm Chợ Đào", "HTX Nông nghiệp Chợ Đào", "Cần Đước", "can-duoc", "Gạo", "gao",
            "Gạo đặc sản Long An, hạt dài, dẻo, thơm mùi lá dứa. Túi 5kg.", 4, ["ocop", "vietgap"], 180_000),
        P(2, "Gạo tấm Nàng Thơm", "HTX Nông nghiệp Chợ Đào", "Cần Đước", "can-duoc", "Gạo", "gao",
            "Gạo tấm từ lúa Nàng Thơm, nấu cơm tấm.", 3, ["ocop"], 60_000),
        P(3, "Gạo lứt đỏ", "Cơ sở xay xát Mỹ Lệ", "Cần Giuộc", "can-giuoc", "Gạo", "gao",
            "Gạo lứt đỏ giàu chất xơ, túi 2 kg.", null, ["organic"], 75_000),
        P(4, "Lạp xưởng Cần Đước", "Cơ sở Tư Tín", "Cần Đước", "can-duoc", "Lạp xưởng & chả", "lap-xuong",
            "Lạp xưởng tươi làm thủ công, phơi nắng ba ngày.", 4, ["ocop", "haccp"], 220_000),
        P(5, "Lạp xường tôm", "Cơ sở Bảy Thành", "Cần Đước", "can-duoc", "Lạp xưởng & chả", "lap-xuong",
            "Lạp xường trộn tôm đất, đặc sản Cần Đước.", 3, ["ocop"], 260_000),
        P(6, "Chả lụa Long An", "Cơ sở Bảy Thành", "Tân An", "tan-an", "Lạp xưởng & chả", "lap-xuong",
            "Chả lụa gói lá chuối, giò heo tươi.", null, [], 150_000),
        P(7, "Hộp quà tặng cha mẹ", "Quà quê Long An", "Tân An", "tan-an", "Quà tặng", "qua-tang",
            "Hộp quà Tết gồm trà, bánh và mứt.", null, [], 450_000),
        P(8, "Thanh long ruột đỏ", "HTX Thanh long Châu Thành", "Châu Thành", "chau-thanh", "Trái cây", "trai-cay",
            "Thanh long ruột đỏ ngọt, trồng theo VietGAP.", 4, ["vietgap", "globalgap"], 45_000),
        P(9, "Thanh long ruột trắng", "HTX Thanh long Châu Thành", "Châu Thành", "chau-thanh", "Trái cây", "trai-cay",
            "Thanh long ruột trắng xuất khẩu.", 3, ["vietgap"], 30_000),
        P(10, "Chanh không hạt", "HTX Chanh Bến Lức", "Bến Lức", "ben-luc", "Trái cây", "trai-cay",
            "Chanh không hạt vỏ mỏng, nhiều nước.", 3, ["vietgap"], 25_000),
        P(11, "Khóm Bến Lức", "HTX Khóm Bến Lức", "Bến Lức", "ben-luc", "Trái cây", "trai-cay",
            "Khóm (dứa) Queen ngọt thanh, trái nhỏ.", 3, [], 20_000),
        P(12, "Hạt điều rang muối", "Cơ sở Hai Lúa", "Đức Hòa", "duc-hoa", "Đồ khô", "do-kho",
            "Hạt điều loại 1 rang củi, hũ 500g.", 4, ["ocop"], 320_000),
        P(13, "Nước mắm cá cơm 40 độ đạm", "Cơ sở nước mắm Bà Chín", "Cần Giuộc", "can-giuoc", "Nước mắm", "nuoc-mam",
            "Nước mắm truyền thống ủ chượp 12 tháng.", 5, ["ocop", "haccp"], 120_000),
        P(14, "Mật ong hoa tràm", "Trại ong Thạnh Hóa", "Thạnh Hóa", "thanh-hoa", "Đồ khô", "do-kho",
            "Mật ong nguyên chất từ rừng tràm.", 3, [], 260_000, inStock: false),
        P(15, "Mật ong rừng U Minh", "Trại ong Thạnh Hóa", "Thạnh Hóa", "thanh-hoa", "Đồ khô", "do-kho",
            "Mật ong rừng, ong hút mật hoa tràm.", null, [], 300_000),
        P(16, "Giỏ lục bình đan tay (water hyacinth)", "HTX Thủ công Tân Thạnh", "Tân Thạnh", "tan-thanh", "Thủ công mỹ nghệ", "thu-cong",
            "Giỏ đan từ lục bình (water hyacinth), bền và nhẹ.", 3, [], 180_000),
        P(17, "Bánh tráng phơi sương", "Cơ sở Út Hiền", "Tân An", "tan-an", "Đồ khô", "do-kho",
            "Bánh tráng phơi sương cuốn thịt luộc.", null, [], 40_000),
        P(18, "Trà mãng cầu", "Cơ sở Hai Lúa", "Đức Hòa", "duc-hoa", "Đồ uống", "do-uong",
            "Trà thảo mộc từ lá mãng cầu xiêm, hộp 20 gói.", null, [], 90_000),
        P(19, "Café rang xay Đức Hòa", "Cơ sở Hai Lúa", "Đức Hòa", "duc-hoa", "Đồ uống", "do-uong",
            "Cà phê robusta rang bơ, gói 500g.", null, [], 110_000),
        P(20, "Dưa hấu Long Trì", "HTX Long Trì", "Châu Thành", "chau-thanh", "Trái cây", "trai-cay",
            "Dưa hấu ruột đỏ, vỏ mỏng.", null, ["vietgap"], 15_000),
        P(21, "Mứt khóm", "HTX Khóm Bến Lức", "Bến Lức", "ben-luc", "Đồ khô", "do-kho",
            "Mứt làm từ khóm Bến Lức.", null, [], 70_000, inStock: false),
        P(22, "Bánh phồng tôm", "Cơ sở Út Hiền", "Tân An", "tan-an", "Đồ khô", "do-kho",
            "Bánh phồng tôm đất, chiên giòn.", 3, ["ocop"], 65_000),
        P(23, "Tôm khô Cần Giuộc", "Cơ sở Bà Chín", "Cần Giuộc", "can-giuoc", "Đồ khô", "do-kho",
            "Tôm đất phơi khô, ngọt thịt.", 4, ["ocop"], 550_000),
        P(24, "Rượu đế Gò Đen", "Lò rượu Gò Đen", "Bến Lức", "ben-luc", "Đồ uống", "do-uong",
            "Rượu gạo nấu thủ công, 40 độ.", 4, ["ocop", "geographicalindication"], 130_000),
        P(25, "Nón lá Long An", "HTX Thủ công Tân Thạnh", "Tân Thạnh", "tan-thanh", "Thủ công mỹ nghệ", "thu-cong",
            "Nón lá chằm tay, vành rộng.", null, [], 60_000),
    ];

    private static SearchDocument P(int id, string name, string producer, string area, string areaSlug, string category,
        string categorySlug, string description, int? ocop, string[] certifications, long price, bool inStock = true) =>
        new(id, name, producer, area, areaSlug, category, categorySlug, description, ocop, certifications, price, inStock, Start.AddDays(id),
            Ratings.TryGetValue(id, out var rated) ? rated.Count : 0, Ratings.TryGetValue(id, out rated) ? rated.Stars : 0);

    public static string NameOf(int id) => Products.Single(p => p.ProductId == id).Name;

    public static readonly IReadOnlyList<string> Synonyms = ["lạp xưởng, lạp xường", "hột, hạt", "khóm, thơm, dứa", "thanh long, dragon fruit"];
}
