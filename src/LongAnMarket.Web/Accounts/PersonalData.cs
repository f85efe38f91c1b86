using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Accounts;

/// <summary>
/// A person's rights under the Personal Data Protection Law 91/2025/QH15: a copy of the personal data the
/// marketplace holds on them, with the consents they gave and the requests they filed, and deletion of the account. A business the account applied for stays (trade records the office must keep), without
/// its link to the deleted account; the orders the account placed stay for the books, with the buyer's name, phone,
/// email and address erased; consents go with the account, data requests stay as the record that they were handled,
/// without who asked.
/// </summary>
public sealed class PersonalData(UserManager<MarketUser> users, MarketDbContext db, TimeProvider clock)
{
    public async Task<object> ExportAsync(MarketUser user, CancellationToken ct)
    {
        var producer = await db.Producers.AsNoTracking().Where(p => p.OwnerUserId == user.Id)
            .Select(p => new { p.Name, p.TaxCode, p.Address, p.Phone, p.Email, p.Description, Status = p.Status.ToString(), p.RegisteredAt })
            .FirstOrDefaultAsync(ct);
        var orders = await db.Orders.AsNoTracking().Where(o => o.UserId == user.Id).OrderBy(o => o.PlacedAtUtc)
            .Select(o => new
            {
                o.Code, placedAtUtc = o.PlacedAtUtc, Status = o.Status.ToString(), o.TotalDong,
                recipient = new { o.Buyer.Name, o.Buyer.Phone, o.Buyer.Email, o.Buyer.Province, o.Buyer.Commune, o.Buyer.Street, o.Buyer.Note },
            })
            .ToListAsync(ct);
        var complaints = await db.Complaints.AsNoTracking().Where(c => db.Orders.Any(o => o.Id == c.OrderId && o.UserId == user.Id)).OrderBy(c => c.OpenedAtUtc)
            .Select(c => new
            {
                order = db.Orders.Where(o => o.Id == c.OrderId).Select(o => o.Code).First(), reason = c.Reason.ToString(), c.Description,
                wanted = c.Wanted.ToString(), status = c.Status.ToString(), resolution = c.Resolution.ToString(), c.RefundDong, c.OpenedAtUtc, c.ResolvedAtUtc,
                steps = c.Steps.OrderBy(s => s.Id).Select(s => new { kind = s.Kind.ToString(), s.AtUtc, s.Note }).ToList(),
            })
            .ToListAsync(ct);
        var orderCodes = await db.Orders.AsNoTracking().Where(o => o.UserId == user.Id).ToDictionaryAsync(o => o.Id, o => o.Code, ct);
        var orderIds = orderCodes.Keys.ToList();
        var reviewRows = await db.Reviews.AsNoTracking().Where(r => orderIds.Contains(r.OrderId)).OrderBy(r => r.WrittenAtUtc).ToListAsync(ct);
        var productIds = reviewRows.Select(r => r.ProductId).Distinct().ToList();
        var productNames = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var reviews = reviewRows.Select(r => new
        {
            order = orderCodes[r.OrderId], product = productNames.GetValueOrDefault(r.ProductId), r.AuthorName, r.PackSize, r.Stars, r.Text,
            r.WrittenAtUtc, r.HiddenAtUtc, r.HiddenBecause,
        }).ToList();
        var threads = await db.Conversations.AsNoTracking().Include(c => c.Messages).Where(c => orderIds.Contains(c.OrderId)).ToListAsync(ct);
        var messages = threads.SelectMany(c => c.Messages.Where(m => m.From == Core.Conversations.Party.Buyer)
                .Select(m => new { order = orderCodes[c.OrderId], m.Text, m.SentAtUtc }))
            .OrderBy(m => m.SentAtUtc).ToList();
        var consents = await db.Consents.AsNoTracking().Where(c => c.UserId == user.Id).OrderBy(c => c.GivenAtUtc)
            .Select(c => new { purpose = c.Purpose.ToString(), c.NoticeVersion, c.Source, c.GivenAtUtc, c.WithdrawnAtUtc }).ToListAsync(ct);
        var requests = await db.DataRequests.AsNoTracking().Where(r => r.UserId == user.Id).OrderBy(r => r.ReceivedAtUtc)
            .Select(r => new { kind = r.Kind.ToString(), r.Details, r.ReceivedAtUtc, r.DueOn, r.AnsweredAtUtc, r.Answer }).ToListAsync(ct);
        return new
        {
            exportedAt = clock.GetUtcNow(),
            orders,
            complaints,
            reviews,
            messages,
            consents,
            dataRequests = requests,
            account = new
            {
                email = user.Email,
                emailConfirmed = user.EmailConfirmed,
                displayName = user.DisplayName,
                createdAtUtc = user.CreatedAtUtc,
                roles = await users.GetRolesAsync(user),
                twoFactorEnabled = user.TwoFactorEnabled,
                phoneNumber = user.PhoneNumber,
            },
            business = producer is null ? null : new
            {
                producer.Name, producer.TaxCode, producer.Address, producer.Phone, producer.Email, producer.Description, producer.Status,
                registeredAt = producer.RegisteredAt.ToDateTimeOffset(),
            },
        };
    }

    /// <summary>Deletes the account; refuses (with the reason) to delete the last administrator.</summary>
    public async Task<string?> DeleteAsync(MarketUser user)
    {
        if (await users.IsInRoleAsync(user, MarketRoles.Admin) && (await users.GetUsersInRoleAsync(MarketRoles.Admin)).Count <= 1)
            return "Đây là tài khoản quản trị cuối cùng; hãy tạo một quản trị viên khác trước khi xoá.";
        foreach (var order in await db.Orders.Where(o => o.UserId == user.Id).ToListAsync())
            order.AnonymiseBuyer();
        foreach (var request in await db.DataRequests.Where(r => r.UserId == user.Id).ToListAsync())
            request.ForgetRequester();
        await db.Carts.Where(c => c.UserId == user.Id).ExecuteDeleteAsync();
        await db.SaveChangesAsync();
        var result = await users.DeleteAsync(user);
        return result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Description));
    }
}
