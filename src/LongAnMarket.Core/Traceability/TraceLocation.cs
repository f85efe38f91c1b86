using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Traceability;

/// <summary>A field, farm, workshop or store a producer names once and picks for its events.</summary>
public sealed class TraceLocation
{
    private TraceLocation() { }

    public TraceLocation(int producerId, string name, string area, decimal? latitude, decimal? longitude, string? gln)
    {
        ProducerId = producerId;
        Name = VietnameseText.Clean(name);
        Area = VietnameseText.Clean(area);
        if (Name.Length is 0 or > 120) throw new DomainException("Tên địa điểm phải có từ 1 đến 120 ký tự.");
        if (Area.Length is 0 or > 200) throw new DomainException("Khu vực (xã/phường, ấp) phải có từ 1 đến 200 ký tự.");
        if (latitude is not null != longitude is not null) throw new DomainException("Toạ độ cần cả vĩ độ lẫn kinh độ.");
        if (latitude is < -90 or > 90 || longitude is < -180 or > 180) throw new DomainException("Toạ độ nằm ngoài phạm vi hợp lệ.");
        Latitude = latitude is null ? null : decimal.Round(latitude.Value, 6);
        Longitude = longitude is null ? null : decimal.Round(longitude.Value, 6);
        if (!string.IsNullOrWhiteSpace(gln))
            Gln = Glns.Normalize(gln) ?? throw new DomainException($"Mã GLN '{gln.Trim()}' không hợp lệ (13 chữ số, số cuối là số kiểm tra).");
    }

    public int Id { get; private set; }
    public int ProducerId { get; private set; }
    public string Name { get; private set; } = "";
    public string Area { get; private set; } = "";
    public decimal? Latitude { get; private set; }
    public decimal? Longitude { get; private set; }
    /// <summary>GS1 Global Location Number, when the producer has one.</summary>
    public string? Gln { get; private set; }

    /// <summary>The identifier events carry: a GS1 Digital Link for a GLN, otherwise a stable page on this site.</summary>
    public string Uri(string siteOrigin) =>
        Gln is not null ? $"https://id.gs1.org/414/{Gln}" : $"{siteOrigin.TrimEnd('/')}/places/{Id}";
}

/// <summary>GS1 Global Location Numbers: 13 digits with the same check digit rule as GTINs.</summary>
public static class Glns
{
    public static string? Normalize(string? input)
    {
        var digits = input?.Trim();
        if (digits is null || digits.Length != 13 || !digits.All(char.IsAsciiDigit)) return null;
        return Gtin.CheckDigit(digits.AsSpan(0, 12)) == digits[12] - '0' ? digits : null;
    }
}
