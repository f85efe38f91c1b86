using LongAnMarket.Core.Producers;
using LongAnMarket.Web.Sellers;

namespace LongAnMarket.Web.Admin;

public sealed record DashboardModel(IReadOnlyDictionary<ProducerStatus, int> ProducersByStatus, int Products, int ListedProducts);

public sealed record ProducerRowModel(int Id, string Name, string TaxCode, string Area, ProducerStatus Status, DateTimeOffset RegisteredAt);

public sealed record ProducerListModel(ProducerStatus? Status, string? Query, IReadOnlyList<ProducerRowModel> Producers, int Total, int Page, int PageSize);

public sealed record ProducerReviewModel(
    SellerPageModel Producer, string Address, string Phone, string Email, string Description, string Area, string? OwnerEmail,
    string? Notice, string? Error);

public sealed record AuditEntryModel(DateTimeOffset At, string Actor, int ProducerId, string ProducerName, ProducerStatus From, ProducerStatus To, string? Reason);

public sealed record AuditPageModel(IReadOnlyList<AuditEntryModel> Entries, int Page, bool HasMore);
