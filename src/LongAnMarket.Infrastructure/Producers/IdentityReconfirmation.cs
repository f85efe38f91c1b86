using LongAnMarket.Core.Common;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Producers;

/// <summary>
/// Once per Vietnamese day (and at start-up), the yearly identity re-confirmation moves on: a reminder when it falls
/// due within <see cref="ProducerOptions.ReconfirmNoticeDays"/>, another once it is overdue, and after
/// <see cref="ProducerOptions.ReconfirmGraceDays"/> the seller's listings go off sale, with an email saying why.
/// Each step happens once; a seller that confirms starts a new year.
/// </summary>
public sealed class IdentityReconfirmation(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ProducerOptions> options,
    ILogger<IdentityReconfirmation> logger) : DailyJob(scopes, clock, logger)
{
    protected override string What => "Identity re-confirmations";

    protected override Task RunDayAsync(DateOnly today, bool afterDowntime, CancellationToken ct) => RunAsync(Clock.GetUtcNow(), ct);

    public sealed record Outcome(int Reminded, int Lapsed);

    /// <summary>Sends the reminders due at <paramref name="now"/> and takes lapsed sellers off sale.</summary>
    public async Task<Outcome> RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        using var scope = Scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketDbContext>();
        var statuses = scope.ServiceProvider.GetRequiredService<ProducerStatusService>();
        var notifications = scope.ServiceProvider.GetRequiredService<ProducerNotifications>();
        var settings = options.Value;
        var earliestConfirmation = (now - settings.Every + TimeSpan.FromDays(settings.ReconfirmNoticeDays)).UtcDateTime;
        var candidates = await db.Producers.AsNoTracking()
            .Where(p => p.Status == ProducerStatus.Approved && p.ReminderSent != ReconfirmationStage.Lapsed
                        && (p.IdentityConfirmedUtc ?? p.RegisteredAt.Utc) <= earliestConfirmation)
            .Select(p => p.Id).ToListAsync(ct);
        int reminded = 0, lapsed = 0;
        foreach (var id in candidates)
        {
            var producer = await db.Producers.FirstAsync(p => p.Id == id, ct);
            var due = producer.ReconfirmDue(settings.Every);
            var lapsesAt = due.AddDays(settings.ReconfirmGraceDays);
            var stage = now >= lapsesAt ? ReconfirmationStage.Lapsed : now >= due ? ReconfirmationStage.Overdue : ReconfirmationStage.Upcoming;
            if (stage <= producer.ReminderSent) continue;
            if (stage == ReconfirmationStage.Lapsed)
            {
                await statuses.ChangeAsync(id, p => p.LapseIdentity(now), ct); // the status email says why
                lapsed++;
                continue;
            }
            producer.RemindedOf(stage);
            await db.SaveChangesAsync(ct);
            await notifications.SendAsync(producer, "of its identity re-confirmation",
                n => n.ReconfirmationDueAsync(producer, due.ToOffset(VietnamTime.Offset), lapsesAt.ToOffset(VietnamTime.Offset), stage, ct));
            reminded++;
        }
        if (reminded + lapsed > 0) logger.LogInformation("Identity re-confirmation: {Reminded} reminded, {Lapsed} taken off sale", reminded, lapsed);
        return new Outcome(reminded, lapsed);
    }
}
