using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Producers;

namespace LongAnMarket.Infrastructure.Producers;

/// <summary>Told of every committed status change and moderation, to let the producer know (the web app emails it).</summary>
public interface IProducerNotifier
{
    Task StatusChangedAsync(Producer producer, ProducerStatusChange change, CancellationToken ct);

    Task ProductUnpublishedAsync(Producer producer, string productName, ProductModeration moderation, CancellationToken ct);

    /// <summary>A certificate of the product ends within 90 or 30 days, or ended yesterday.</summary>
    Task CertificateEndingAsync(Producer producer, string? productName, Certification certificate, CertificateNotices notice, CancellationToken ct);

    /// <summary>The yearly identity re-confirmation is due on <paramref name="due"/> (<paramref name="stage"/> says how close).</summary>
    Task ReconfirmationDueAsync(Producer producer, DateTimeOffset due, DateTimeOffset lapsesAt, ReconfirmationStage stage, CancellationToken ct);

    /// <summary>A new version of the operating rules was published; the producer accepts it before it next changes its listings.</summary>
    Task RulesPublishedAsync(Producer producer, Core.Compliance.RulesVersion version, CancellationToken ct);
}
