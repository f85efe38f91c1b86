using System.ComponentModel.DataAnnotations;

namespace LongAnMarket.Web.Traceability;

/// <summary>A place events name (/places/{id}): the stable URI behind a readPoint without a GLN.</summary>
public sealed record PlaceModel(string Name, string Area, decimal? Latitude, decimal? Longitude, string? Gln, string ProducerName, string ProducerSlug);

/// <summary>"Report a suspected fake", from a provenance or unknown-code page.</summary>
public sealed class ReportForm
{
    [StringLength(300)] public string? Code { get; set; }
    [Required(ErrorMessage = "Hãy mô tả điều bạn thấy.")]
    [StringLength(2000)] public string? Message { get; set; }
    [StringLength(200)] public string? Contact { get; set; }
    public List<IFormFile> Photos { get; set; } = [];
}
