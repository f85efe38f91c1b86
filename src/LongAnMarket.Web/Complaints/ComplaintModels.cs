using System.ComponentModel.DataAnnotations;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Complaints;
using LongAnMarket.Core.Ordering;

namespace LongAnMarket.Web.Complaints;

/// <summary>The buyer's form: which part, how many of each line (by line ID), why, what they want, in their words.</summary>
public sealed class ComplaintForm
{
    public int SubOrderId { get; set; }
    public Dictionary<int, int> Quantities { get; set; } = [];

    [Required(ErrorMessage = "Vui lòng chọn lý do khiếu nại.")]
    public ComplaintReason? Reason { get; set; }

    [Required(ErrorMessage = "Vui lòng mô tả vấn đề."), StringLength(Complaint.MaxText, ErrorMessage = "Mô tả dài tối đa 2000 ký tự.")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Vui lòng chọn cách giải quyết bạn mong muốn.")]
    public ComplaintRemedy? Wanted { get; set; }

    /// <summary>Only on the trade office's form: why it takes a case the buyer reported after the policy's window.</summary>
    [StringLength(500, ErrorMessage = "Lý do dài tối đa 500 ký tự.")]
    public string? LateBecause { get; set; }
}

public sealed record ComplaintLineChoice(int LineId, string ProductName, string PackSize, int Bought, bool Perishable);

public sealed record ComplaintPartChoice(int Id, string ProducerName, IReadOnlyList<ComplaintLineChoice> Lines, ReturnPolicy Terms);

/// <param name="Action">Where the form posts: the buyer's own link, or the trade office's page for taking a case on the buyer's behalf.</param>
public sealed record NewComplaintPage(string OrderCode, string Link, string Action, IReadOnlyList<ComplaintPartChoice> Parts, ComplaintForm Form, bool ForTradeOffice = false)
{
    public static NewComplaintPage Of(Order order, string link, string action, ComplaintForm form, bool forTradeOffice = false) => new(order.Code, link, action,
        order.SubOrders.Where(s => s.Status == SubOrderStatus.Delivered).OrderBy(s => s.Id)
            .Select(s => new ComplaintPartChoice(s.Id, s.ProducerName,
                s.Lines.OrderBy(l => l.Id).Select(l => new ComplaintLineChoice(l.Id, l.ProductName, l.PackSize, l.Quantity, l.Perishable)).ToList(), s.ReturnTerms))
            .ToList(), form, forTradeOffice);
}

public sealed record ComplaintLineView(string ProductName, string PackSize, int Quantity, long PaidDong);

public sealed record ComplaintStepView(ComplaintStepKind Kind, string Actor, DateTimeOffset At, string? Note);

/// <summary>A case as each party reads it; <see cref="OrderLink"/> is the buyer's private link to their order.</summary>
public sealed record ComplaintView(int Id, string OrderCode, string ProducerName, ComplaintReason Reason, string Description, ComplaintRemedy Wanted,
    ComplaintStatus Status, DateTimeOffset OpenedAt, DateTimeOffset DueAt, bool DecisionOverdue, ComplaintRemedy? Proposed, long? ProposedRefundDong,
    ComplaintRemedy? Resolution, long? RefundDong, long PaidDong, string? LateBecause, IReadOnlyList<ComplaintLineView> Lines,
    IReadOnlyList<ComplaintStepView> Steps, IReadOnlyList<int> PhotoIds)
{
    public string? OrderLink { get; init; }
    /// <summary>The part's thread between buyer and producer, evidence for the case, as this reader opens it.</summary>
    public string? ThreadLink { get; init; }
    /// <summary>Resolved with money owed back and not yet paid: the trade office records the refund.</summary>
    public bool AwaitsRefund { get; init; }
    public string? RefundReference { get; init; }
    /// <summary>The lots the packs came from, for the producer and the trade office (a suspected fake is checked against them).</summary>
    public IReadOnlyList<Infrastructure.Complaints.ComplaintLot> Lots { get; init; } = [];
    public string? Notice { get; init; }
    public string? Error { get; init; }

    /// <param name="forStaff">The trade office sees who took each step; the buyer and the producer see the role, never a person's email.</param>
    public static ComplaintView Of(Complaint c, Order order, DateTimeOffset now, bool forStaff = false)
    {
        var lines = order.SubOrders.SelectMany(s => s.Lines).ToDictionary(l => l.Id);
        var producer = order.SubOrders.FirstOrDefault(s => s.Id == c.SubOrderId)?.ProducerName ?? "";
        return new(c.Id, order.Code, producer, c.Reason, c.Description, c.Wanted, c.Status, VietnamTime.FromUtc(c.OpenedAtUtc), VietnamTime.FromUtc(c.DueAtUtc),
            c.IsDecisionOverdue(now), c.Proposed, c.ProposedRefundDong, c.Resolution, c.RefundDong, c.PaidDong, c.LateBecause,
            c.Lines.Select(l => lines.TryGetValue(l.OrderLineId, out var line)
                ? new ComplaintLineView(line.ProductName, line.PackSize, l.Quantity, l.PaidDong)
                : new ComplaintLineView("", "", l.Quantity, l.PaidDong)).ToList(),
            c.Steps.OrderBy(s => s.Id).Select(s => new ComplaintStepView(s.Kind, forStaff ? s.Actor : RoleOf(s.Kind, producer), VietnamTime.FromUtc(s.AtUtc), s.Note)).ToList(),
            c.Photos.OrderBy(p => p.Id).Select(p => p.Id).ToList())
        {
            AwaitsRefund = c.AwaitsRefund, RefundReference = c.RefundReference,
        };
    }

    private static string RoleOf(ComplaintStepKind kind, string producer) => kind switch
    {
        ComplaintStepKind.Opened or ComplaintStepKind.BuyerAccepted or ComplaintStepKind.BuyerEscalated => "người mua",
        ComplaintStepKind.ProducerAccepted or ComplaintStepKind.ProducerProposed or ComplaintStepKind.ProducerRefused => producer,
        ComplaintStepKind.EscalatedForProducerSilence or ComplaintStepKind.EscalatedForBuyerSilence => "hệ thống",
        _ => "Ban quản lý sàn",
    };
}

public sealed record ComplaintRow(int Id, string OrderCode, string ProducerName, ComplaintReason Reason, ComplaintStatus Status, DateTimeOffset OpenedAt,
    DateTimeOffset DueAt, bool Breached);

public sealed record ComplaintListPage(IReadOnlyList<ComplaintRow> Cases, ComplaintStatus? Filter, DateTimeOffset Now);
