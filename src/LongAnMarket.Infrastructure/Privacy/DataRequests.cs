using LongAnMarket.Core.Common;
using LongAnMarket.Core.Privacy;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Privacy;

/// <summary>Data subjects' requests: filed from the account, due by the configured working days, answered by the office.</summary>
public sealed class DataRequests(MarketDbContext db, TimeProvider clock, IOptions<PrivacyOptions> options)
{
    private static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(VietnamTime.Offset).DateTime);

    public async Task<DataRequest> FileAsync(string userId, string email, DataRequestKind kind, string details, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (await db.DataRequests.CountAsync(r => r.UserId == userId && r.AnsweredAtUtc == null, ct) >= 10)
            throw new DomainException("Bạn đang có 10 yêu cầu chưa được trả lời; vui lòng chờ trả lời trước khi gửi thêm.");
        var request = new DataRequest(userId, email, kind, details, now, WorkingDays.After(DayOf(now), options.Value.FirstAnswerWorkingDays),
            DayOf(now).AddDays(options.Value.DaysFor(kind)));
        db.DataRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return request;
    }

    public Task<List<DataRequest>> OfAsync(string userId, CancellationToken ct) =>
        db.DataRequests.AsNoTracking().Where(r => r.UserId == userId).OrderByDescending(r => r.ReceivedAtUtc).ThenByDescending(r => r.Id).ToListAsync(ct);

    /// <summary>Open requests soonest due first, then the answered ones newest first.</summary>
    public async Task<List<DataRequest>> AllAsync(CancellationToken ct) =>
        (await db.DataRequests.AsNoTracking().OrderByDescending(r => r.Id).Take(500).ToListAsync(ct))
            .OrderBy(r => r.AnsweredAtUtc is not null).ThenBy(r => r.AnsweredAtUtc is null ? r.NextDeadline.DayNumber : 0).ToList();

    public async Task AcknowledgeAsync(int id, string by, CancellationToken ct)
    {
        (await FindAsync(id, ct)).Acknowledge(by, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    public async Task CloseAsync(int id, string answer, string by, CancellationToken ct)
    {
        (await FindAsync(id, ct)).Close(answer, by, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    private async Task<DataRequest> FindAsync(int id, CancellationToken ct) =>
        await db.DataRequests.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new DomainException("Không tìm thấy yêu cầu này.");
}
