using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Producers;

namespace LongAnMarket.Core.Traceability;

/// <summary>
/// A batch of one pack size, identified on its package by GTIN + lot code. Its history is an append-only list of
/// events; what the package says (names, dates, certificates) is copied in when the lot is made so that the sealed
/// record never follows later edits of the product.
/// </summary>
public sealed class Lot
{
    public const decimal MaxQuantity = 1_000_000_000m;
    /// <summary>How far ahead of the server clock an event time may be (phones' clocks drift).</summary>
    public static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);
    private readonly List<TraceEvent> _events = [];
    private readonly List<LotCertificate> _certificates = [];

    private Lot() { }

    public Lot(Producer producer, Product product, ProductVariant variant, string code, DateOnly producedOn,
        decimal quantity, LotUnit unit, string? plot, DateOnly? bestBefore, DateTimeOffset now)
    {
        if (product.ProducerId != producer.Id) throw new DomainException("Sản phẩm này thuộc nhà sản xuất khác.");
        if (variant.ProductId != product.Id && variant.ProductId != 0) throw new DomainException("Quy cách không thuộc sản phẩm này.");
        ProducerId = producer.Id;
        ProductId = product.Id;
        VariantId = variant.Id;
        Gtin = variant.Gtin ?? throw new DomainException("Quy cách này chưa có mã GTIN.");
        Code = LotCode.Parse(code);
        if (quantity is <= 0 or > MaxQuantity || decimal.Round(quantity, 3) != quantity)
            throw new DomainException("Số lượng phải lớn hơn 0, tối đa 3 chữ số thập phân.");
        if (producedOn > DateOnly.FromDateTime(now.DateTime)) throw new DomainException("Ngày sản xuất/thu hoạch không thể ở tương lai.");
        if (bestBefore is { } until && until < producedOn) throw new DomainException("Hạn sử dụng phải sau ngày sản xuất.");
        ProducedOn = producedOn;
        BestBefore = bestBefore;
        Quantity = quantity;
        Unit = unit;
        Plot = VietnameseText.Clean(plot) is { Length: > 0 } cleaned ? cleaned : null;
        if (Plot?.Length > 200) throw new DomainException("Thửa/vùng sản xuất dài quá 200 ký tự.");
        ProductName = product.Name;
        PackSize = variant.PackSize;
        ProducerName = producer.Name;
        ProducerTaxCode = producer.TaxCode;
        CreatedAtUtc = now.UtcDateTime;
        _certificates.AddRange(product.Certifications.Select(c => new LotCertificate(c.Kind, c.Number, c.Issuer, c.ValidFrom, c.ValidUntil)));
    }

    public int Id { get; private set; }
    public int ProducerId { get; private set; }
    public Producer? Producer { get; private set; }
    public int ProductId { get; private set; }
    public Product? Product { get; private set; }
    public int VariantId { get; private set; }
    public string Gtin { get; private set; } = "";
    public string Code { get; private set; } = "";
    public DateOnly ProducedOn { get; private set; }
    public DateOnly? BestBefore { get; private set; }
    public decimal Quantity { get; private set; }
    public LotUnit Unit { get; private set; }
    public string? Plot { get; private set; }
    public string ProductName { get; private set; } = "";
    public string PackSize { get; private set; } = "";
    public string ProducerName { get; private set; } = "";
    public string ProducerTaxCode { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? RecalledAtUtc { get; private set; }
    public string? RecallReason { get; private set; }
    /// <summary>Scans recorded so far; kept by the scan writer so the page never counts a million rows.</summary>
    public long ScanCount { get; private set; }
    /// <summary>The last link of the chain; a new record links to it.</summary>
    public string? HeadLink { get; private set; }
    /// <summary>How this lot's chain is sealed (<see cref="TraceChain.Name"/>); chains begun before version 2 stay version 1.</summary>
    public int ChainVersion { get; private set; } = TraceChain.CurrentVersion;

    public IReadOnlyList<TraceEvent> Events => _events;
    public IReadOnlyList<LotCertificate> Certificates => _certificates;
    public DigitalLink DigitalLink => new(Gtin, Code, null);
    public bool IsRecalled => RecalledAtUtc is not null;

    /// <summary>The first link of every chain hashes the lot's own code, so a history cannot be moved to another lot.</summary>
    public string GenesisLink => TraceChain.Genesis(DigitalLink, ChainVersion);

    public TraceEvent Commission(DateTimeOffset eventTime, TracePlace place, string? note, string actor, DateTimeOffset now) =>
        Start(TraceStep.Commissioning, eventTime, place, note, actor, now);

    public TraceEvent Transform(string process, IReadOnlyList<(Lot Lot, decimal Quantity)> inputs,
        DateTimeOffset eventTime, TracePlace place, string? note, string actor, DateTimeOffset now)
    {
        if (inputs.Count == 0) throw new DomainException("Cần ít nhất một lô nguyên liệu đầu vào.");
        foreach (var (input, quantity) in inputs)
        {
            if (input.ProducerId != ProducerId)
                throw new DomainException($"Lô nguyên liệu {input.Code} thuộc nhà sản xuất khác: chỉ dùng được lô của chính bạn.");
            if (input == this || (input.Id != 0 && input.Id == Id)) throw new DomainException("Một lô không thể là nguyên liệu của chính nó.");
            if (input.IsRecalled) throw new DomainException($"Lô nguyên liệu {input.Code} đã bị thu hồi.");
            if (quantity is <= 0 or > MaxQuantity || decimal.Round(quantity, 3) != quantity)
                throw new DomainException($"Lượng dùng từ lô {input.Code} phải lớn hơn 0, tối đa 3 chữ số thập phân.");
            if (DateOnly.FromDateTime(eventTime.DateTime) < input.ProducedOn)
                throw new DomainException($"Ngày chế biến không thể trước ngày sản xuất của lô nguyên liệu {input.Code}.");
        }
        if (inputs.Select(i => i.Lot).Distinct().Count() != inputs.Count) throw new DomainException("Mỗi lô nguyên liệu chỉ chọn một lần.");
        var transformation = Start(TraceStep.Transforming, eventTime, place, note, actor, now);
        transformation.RecordProcess(process);
        foreach (var (input, quantity) in inputs) transformation.AddInput(input, quantity);
        return transformation;
    }

    public TraceEvent Append(TraceStep step, DateTimeOffset eventTime, TracePlace place, string? note, bool? inspectionPassed,
        string actor, DateTimeOffset now)
    {
        if (!TraceSteps.Appendable.Contains(step)) throw new DomainException("Loại sự kiện này không thêm được bằng tay.");
        if (step == TraceStep.Inspecting && inspectionPassed is null) throw new DomainException("Hãy chọn kết quả kiểm tra: đạt hay không đạt.");
        var appended = NewEvent(step, eventTime, place, note, actor, now);
        if (step == TraceStep.Inspecting) appended.RecordInspection(inspectionPassed!.Value);
        return appended;
    }

    public TraceEvent Recall(string reason, TracePlace place, string actor, DateTimeOffset now)
    {
        if (IsRecalled) throw new DomainException("Lô này đã bị thu hồi.");
        var recall = NewEvent(TraceStep.Recalling, now, place, null, actor, now);
        recall.RecordReason(reason);
        RecalledAtUtc = now.UtcDateTime;
        RecallReason = recall.Reason;
        return recall;
    }

    /// <summary>
    /// EPCIS 2.0 correction: the corrected event is appended, then a declaration restates the erroneous one and points
    /// forward to it. The original stays in the record, shown struck through.
    /// </summary>
    public (TraceEvent Corrective, TraceEvent Declaration) Correct(TraceEvent erroneous, DateTimeOffset eventTime, TracePlace place,
        string? note, bool? inspectionPassed, string reason, string actor, DateTimeOffset now)
    {
        if (!_events.Contains(erroneous) || erroneous.IsErrorDeclaration) throw new DomainException("Không tìm thấy sự kiện cần đính chính.");
        if (_events.Any(e => e.ErroneousEvent == erroneous || (e.ErroneousEventId is { } id && id == erroneous.Id && id != 0)))
            throw new DomainException("Sự kiện này đã được đính chính.");
        if (erroneous.Step is TraceStep.Transforming or TraceStep.Recalling)
            throw new DomainException("Sự kiện chế biến và thu hồi không đính chính được; hãy liên hệ ban quản lý.");
        TraceEvent corrective;
        if (erroneous.Step == TraceStep.Commissioning)
        {
            if (DateOnly.FromDateTime(eventTime.DateTime) != ProducedOn)
                throw new DomainException("Thời điểm thu hoạch/sản xuất phải thuộc ngày sản xuất của lô.");
            corrective = NewEvent(TraceStep.Commissioning, eventTime, place, note, actor, now);
        }
        else corrective = Append(erroneous.Step, eventTime, place, note, inspectionPassed, actor, now);
        var declaration = TraceEvent.Declaration(_events.Count + 1, erroneous, corrective, reason, actor, now);
        _events.Add(declaration);
        return (corrective, declaration);
    }

    public TraceEvent? Correction(TraceEvent erroneous) =>
        _events.FirstOrDefault(e => e.IsErrorDeclaration && (e.ErroneousEvent == erroneous || e.ErroneousEventId == erroneous.Id));

    public void SealHead(TraceEvent sealedEvent) => HeadLink = sealedEvent.LinkHash;

    private TraceEvent Start(TraceStep step, DateTimeOffset eventTime, TracePlace place, string? note, string actor, DateTimeOffset now)
    {
        if (_events.Count > 0) throw new DomainException("Lô này đã có sự kiện khởi tạo.");
        if (DateOnly.FromDateTime(eventTime.DateTime) != ProducedOn)
            throw new DomainException("Thời điểm thu hoạch/sản xuất phải thuộc ngày sản xuất của lô.");
        return NewEvent(step, eventTime, place, note, actor, now);
    }

    private TraceEvent NewEvent(TraceStep step, DateTimeOffset eventTime, TracePlace place, string? note, string actor, DateTimeOffset now)
    {
        if (eventTime > now + ClockTolerance) throw new DomainException("Thời điểm sự kiện không thể ở tương lai.");
        if (DateOnly.FromDateTime(eventTime.DateTime) < ProducedOn)
            throw new DomainException($"Thời điểm sự kiện không thể trước ngày sản xuất của lô ({ProducedOn:dd/MM/yyyy}).");
        if (!step.StartsLot() && _events.Count == 0) throw new DomainException("Lô cần sự kiện thu hoạch/sản xuất trước.");
        var added = new TraceEvent(_events.Count + 1, step, eventTime, place, note, actor, now);
        _events.Add(added);
        return added;
    }
}
