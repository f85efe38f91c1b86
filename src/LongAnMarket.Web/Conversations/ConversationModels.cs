using LongAnMarket.Core.Common;
using LongAnMarket.Core.Conversations;

namespace LongAnMarket.Web.Conversations;

public sealed record MessageView(int Id, Party From, string Text, DateTimeOffset SentAt, IReadOnlyList<int> PhotoIds, bool Mine, string? Author);

/// <summary>
/// A thread as one party reads it: the other party's phone numbers, emails and links hidden (the trade office reads
/// everything, and sees who sent each message).
/// </summary>
public sealed record ThreadPage(string Title, string BackLink, string Action, string PhotoBase, Party Viewer, IReadOnlyList<MessageView> Messages)
{
    public string? Notice { get; init; }
    public string? Error { get; init; }
    public string? Text { get; init; }

    public static ThreadPage Of(Conversation? conversation, Party viewer, string title, string backLink, string action, string photoBase) =>
        new(title, backLink, action, photoBase, viewer, (conversation?.Messages ?? []).OrderBy(m => m.Id).Select(m => new MessageView(m.Id, m.From,
            viewer != Party.TradeOffice && m.From != viewer && m.From != Party.TradeOffice ? ContactDetails.Mask(m.Text) : m.Text,
            VietnamTime.FromUtc(m.SentAtUtc), m.Photos.OrderBy(p => p.Id).Select(p => p.Id).ToList(),
            m.From == viewer && viewer != Party.TradeOffice, // the office is several people: each message says who
            viewer == Party.TradeOffice ? m.Author : null)).ToList());
}

/// <summary>A thread in the producer's or the trade office's list.</summary>
public sealed record ThreadRow(int SubOrderId, string OrderCode, string ProducerName, int Messages, Party LastFrom, DateTimeOffset LastAt);

public sealed record ThreadListPage(IReadOnlyList<ThreadRow> Threads, string Base);

/// <summary>Who wrote, as an email names them.</summary>
public static class PartyNames
{
    public static string Of(Party party, string producerName) => party switch
    {
        Party.Buyer => "người mua",
        Party.Producer => producerName,
        _ => "Ban quản lý sàn",
    };
}
