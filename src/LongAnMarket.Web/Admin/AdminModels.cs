using LongAnMarket.Core.Producers;
using LongAnMarket.Web.Sellers;

namespace LongAnMarket.Web.Admin;

public sealed record DashboardModel(IReadOnlyDictionary<ProducerStatus, int> ProducersByStatus, int Products, int ListedProducts)
{
    public int OrdersAwaitingPayment { get; init; }
    public int PaymentsToReview { get; init; }
    public int TransfersToReview { get; init; }
    public int PartsToShip { get; init; }
}

public sealed record ProducerRowModel(int Id, string Name, string TaxCode, string Area, ProducerStatus Status, DateTimeOffset RegisteredAt);

public sealed record ProducerListModel(ProducerStatus? Status, string? Query, IReadOnlyList<ProducerRowModel> Producers, int Total, int Page, int PageSize);

public sealed record ProducerReviewModel(
    SellerPageModel Producer, string Address, string Phone, string Email, string Description, string Area, string? OwnerEmail,
    string? Notice, string? Error)
{
    public Compliance.IdentitySummary? Identity { get; init; }
    public Compliance.VerificationFormModel? Verification { get; init; }
}

/// <summary>One line of the audit log: a producer's status change (From/To set) or a product taken off sale (ProductName set).</summary>
public sealed record AuditEntryModel(
    DateTimeOffset At, string Actor, int ProducerId, string ProducerName, ProducerStatus? From, ProducerStatus? To, string? ProductName, string? Reason);

public sealed record AdminProductRow(int Id, string Name, string Slug, string ProducerName, int ProducerId, bool IsPublished, bool IsListed);

public sealed record AdminProductListModel(string? Query, IReadOnlyList<AdminProductRow> Products, int Page, bool HasMore, string? Notice, string? Error);

public sealed record AuditPageModel(IReadOnlyList<AuditEntryModel> Entries, int Page, bool HasMore);
