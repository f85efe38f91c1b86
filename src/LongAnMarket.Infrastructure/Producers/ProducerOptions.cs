using System.ComponentModel.DataAnnotations;

namespace LongAnMarket.Infrastructure.Producers;

/// <summary>Sellers' yearly identity re-confirmation ("Producers" section).</summary>
public sealed class ProducerOptions
{
    public const string Section = "Producers";

    /// <summary>Days between two confirmations of a seller's identity.</summary>
    [Range(30, 3650)]
    public int ReconfirmEveryDays { get; set; } = 365;

    /// <summary>Days before the due date the first reminder is sent.</summary>
    [Range(1, 365)]
    public int ReconfirmNoticeDays { get; set; } = 30;

    /// <summary>Days after the due date before a seller that has not confirmed stops selling.</summary>
    [Range(0, 365)]
    public int ReconfirmGraceDays { get; set; } = 30;

    public TimeSpan Every => TimeSpan.FromDays(ReconfirmEveryDays);
}
