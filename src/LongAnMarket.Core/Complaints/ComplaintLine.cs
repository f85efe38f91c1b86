namespace LongAnMarket.Core.Complaints;

/// <summary>How many packs of one order line a case is about.</summary>
public sealed class ComplaintLine
{
    private ComplaintLine() { }

    internal ComplaintLine(int orderLineId, int quantity, long unitPriceDong)
    {
        OrderLineId = orderLineId;
        Quantity = quantity;
        UnitPriceDong = unitPriceDong;
    }

    public int Id { get; private set; }
    public int ComplaintId { get; private set; }
    public int OrderLineId { get; private set; }
    public int Quantity { get; private set; }
    /// <summary>What the buyer paid per pack: the most a refund of this line can be, with <see cref="Quantity"/>.</summary>
    public long UnitPriceDong { get; private set; }
    public long PaidDong => UnitPriceDong * Quantity;
    /// <summary>The share of the case's refund paid back for this line, once it is paid.</summary>
    public long RefundedDong { get; private set; }

    internal void Refund(long dong) => RefundedDong = dong;
}

/// <summary>One entry of a case's timeline: what happened, who did it, when, and what they said.</summary>
public sealed class ComplaintStep
{
    private ComplaintStep() { }

    internal ComplaintStep(ComplaintStepKind kind, string actor, DateTimeOffset at, string? note)
    {
        Kind = kind;
        Actor = actor;
        AtUtc = at.UtcDateTime;
        Note = note;
    }

    public long Id { get; private set; }
    public int ComplaintId { get; private set; }
    public ComplaintStepKind Kind { get; private set; }
    public string Actor { get; private set; } = "";
    public DateTime AtUtc { get; private set; }
    public string? Note { get; private set; }
}

/// <summary>A photo the buyer sent: private (the producer and the trade office see it), stripped of EXIF and GPS.</summary>
public sealed class ComplaintPhoto
{
    private ComplaintPhoto() { }

    internal ComplaintPhoto(string storageKey, int width, int height)
    {
        StorageKey = storageKey;
        Width = width;
        Height = height;
    }

    public int Id { get; private set; }
    public int ComplaintId { get; private set; }
    public string StorageKey { get; private set; } = "";
    public int Width { get; private set; }
    public int Height { get; private set; }
}
