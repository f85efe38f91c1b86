using System.ComponentModel.DataAnnotations;

namespace LongAnMarket.Infrastructure.Instances;

/// <summary>
/// The Redis that several app instances share (<c>Redis:Configuration</c>, a StackExchange.Redis connection string such
/// as <c>redis:6379,password=…</c>): catalogue, trace and commune versions, form limits and, by default, whole
/// anonymous pages. Without it every instance keeps these to itself, as one instance needs.
/// </summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    public string? Configuration { get; set; }

    /// <summary>Starts every key and channel name, so several installations (staging and production) can share one Redis.</summary>
    [Required, RegularExpression(@"^[A-Za-z0-9:._-]{1,64}$")]
    public string KeyPrefix { get; set; } = "longan:";

    /// <summary>Keep whole anonymous pages in Redis for every instance to serve (rather than in each instance's memory).</summary>
    public bool SharePages { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}
