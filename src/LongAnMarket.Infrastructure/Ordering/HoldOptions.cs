using System.ComponentModel.DataAnnotations;

namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>
/// How long, and how much, unpaid orders may hold stock. An unpaid order keeps its units from everyone else until it
/// is paid or expires, so holds are short and few per client: nobody can empty a shelf without paying.
/// </summary>
public sealed class HoldOptions
{
    public const string Section = "Ordering:Holds";

    /// <summary>A guest's VietQR order holds its stock this long.</summary>
    [Range(1, 24 * 60)] public int GuestMinutes { get; set; } = 15;
    /// <summary>A signed-in account's VietQR order (a confirmed address) holds its stock this long.</summary>
    [Range(1, 24 * 60)] public int AccountMinutes { get; set; } = 30;
    /// <summary>Unpaid orders one cart (a guest's cookie, or an account) may hold at once.</summary>
    [Range(1, 100_000)] public int MaxUnpaidOrdersPerClient { get; set; } = 2;
    /// <summary>Unpaid orders one client address may hold at once: looser, since a mobile carrier puts many people behind one address.</summary>
    [Range(1, 100_000)] public int MaxUnpaidOrdersPerAddress { get; set; } = 20;
}
