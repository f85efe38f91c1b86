using System.ComponentModel.DataAnnotations;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Traceability;
using LongAnMarket.Core.Common;

namespace LongAnMarket.Web.Traceability;

/// <summary>When and where something happened, as a producer types it (Vietnam time, +07:00).</summary>
public class EventForm
{
    public TraceStep Step { get; set; } = TraceStep.Packing;
    [Required(ErrorMessage = "Vui lòng chọn ngày.")] public DateOnly? Date { get; set; }
    public TimeOnly? Time { get; set; }
    [Range(1, int.MaxValue, ErrorMessage = "Vui lòng chọn địa điểm.")] public int LocationId { get; set; }
    [StringLength(TraceEvent.MaxNoteLength, ErrorMessage = "Ghi chú quá dài.")] public string? Note { get; set; }
    public bool? Passed { get; set; }

    /// <summary>A method, not a property: model validation reads properties, and Date is still null on a bad post.</summary>
    public DateTimeOffset EventTime() => new(Date!.Value.ToDateTime(Time ?? new TimeOnly(7, 0)), VietnamTime.Offset);

    /// <summary>A pass or fail belongs to an inspection only: a choice left over from the form under another step is dropped.</summary>
    public EventDraft ToDraft(IReadOnlyList<UploadedFile> files) =>
        new(EventTime(), LocationId, Note, Step == TraceStep.Inspecting ? Passed : null, files);
}

public sealed class CorrectionForm : EventForm
{
    [Required(ErrorMessage = "Vui lòng ghi lý do đính chính."), StringLength(500)] public string? Reason { get; set; }
}

/// <summary>A new lot: harvested/produced here, or made from earlier lots (then <see cref="Process"/> and inputs).</summary>
public sealed class LotForm : EventForm
{
    public const int InputRows = 3;

    [Range(1, int.MaxValue, ErrorMessage = "Vui lòng chọn sản phẩm và quy cách.")] public int VariantId { get; set; }
    [Required(ErrorMessage = "Vui lòng nhập mã lô."), StringLength(20, ErrorMessage = "Mã lô dài tối đa 20 ký tự.")] public string? Code { get; set; }
    [Required(ErrorMessage = "Vui lòng nhập số lượng."), Range(typeof(decimal), "0.001", "1000000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = "Số lượng phải lớn hơn 0.")]
    public decimal? Quantity { get; set; }
    public LotUnit Unit { get; set; } = LotUnit.Kilogram;
    [StringLength(200)] public string? Plot { get; set; }
    public DateOnly? BestBefore { get; set; }
    public bool MadeFromLots { get; set; }
    [StringLength(120)] public string? Process { get; set; }
    public List<LotInputRow> Inputs { get; set; } = [];

    public LotDraft ToLotDraft(IReadOnlyList<UploadedFile> files)
    {
        var inputs = MadeFromLots
            ? Inputs.Where(i => i.LotId is > 0).Select(i => (i.LotId!.Value, i.Quantity ?? 0)).ToList()
            : null;
        return new LotDraft(VariantId, Code ?? "", Date!.Value, Quantity ?? 0, Unit, Plot, BestBefore, ToDraft(files),
            MadeFromLots ? Process ?? "" : null, inputs);
    }
}

public sealed class LotInputRow
{
    public int? LotId { get; set; }
    public decimal? Quantity { get; set; }
}

public sealed class LocationForm
{
    [Required(ErrorMessage = "Vui lòng đặt tên địa điểm."), StringLength(120)] public string? Name { get; set; }
    [Required(ErrorMessage = "Vui lòng nhập khu vực (ấp, xã/phường)."), StringLength(200)] public string? Area { get; set; }
    [Range(-90, 90, ErrorMessage = "Vĩ độ từ -90 đến 90.")] public decimal? Latitude { get; set; }
    [Range(-180, 180, ErrorMessage = "Kinh độ từ -180 đến 180.")] public decimal? Longitude { get; set; }
    [StringLength(13)] public string? Gln { get; set; }
}

public sealed class RecallForm
{
    [Required(ErrorMessage = "Vui lòng ghi lý do thu hồi."), StringLength(500)] public string? Reason { get; set; }
}

public static class TraceAttachmentLimits
{
    /// <summary>A whole event form: up to four 5 MB files plus the fields.</summary>
    public const long RequestBytes = 4 * 5 * 1024 * 1024 + 64 * 1024;
}
