using LongAnMarket.Core.Catalog;

namespace LongAnMarket.Web.Factories;

public static class CertificationLabels
{
    public static string Of(CertificationKind kind) => kind switch
    {
        CertificationKind.Ocop => "OCOP",
        CertificationKind.VietGap => "VietGAP",
        CertificationKind.GlobalGap => "GlobalG.A.P.",
        CertificationKind.Organic => "Hữu cơ",
        CertificationKind.Haccp => "HACCP",
        CertificationKind.Iso22000 => "ISO 22000",
        CertificationKind.GeographicalIndication => "Chỉ dẫn địa lý",
        CertificationKind.FoodSafetyFacility => "Cơ sở đủ điều kiện an toàn thực phẩm",
        CertificationKind.SelfDeclaration => "Tự công bố sản phẩm",
        CertificationKind.AlcoholLicence => "Giấy phép sản xuất, kinh doanh rượu",
        _ => kind.ToString(),
    };
}
