using System.ComponentModel.DataAnnotations;
using LongAnMarket.Core.Privacy;

namespace LongAnMarket.Infrastructure.Privacy;

/// <summary>Personal data ("Privacy" section): the notice in force, and the deadlines the law sets for answers.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>The version of the privacy notice shown now; recorded with every consent given under it.</summary>
    [Required, StringLength(40)]
    public string NoticeVersion { get; set; } = "2026-01-01";

    /// <summary>Working days for the first answer to any request (Decree 356/2025, reported: 2 working days).</summary>
    [Range(0, 60)]
    public int FirstAnswerWorkingDays { get; set; } = 2;

    /// <summary>
    /// Days to carry out each kind of request, counted from the day after it arrives (Decree 356/2025 Art. 5 as
    /// reported; sources and what is unverified in docs/compliance.md, "Personal data").
    /// </summary>
    public Dictionary<DataRequestKind, int> AnswerDays { get; set; } = new()
    {
        [DataRequestKind.Access] = 10,
        [DataRequestKind.Correction] = 10,
        [DataRequestKind.ConsentWithdrawal] = 15,
        [DataRequestKind.Restriction] = 15,
        [DataRequestKind.Objection] = 15,
        [DataRequestKind.Deletion] = 20,
    };

    /// <summary>Hours from discovering a breach to notifying the personal-data protection authority.</summary>
    [Range(1, 720)]
    public int BreachNotifyHours { get; set; } = 72;

    public int DaysFor(DataRequestKind kind) => AnswerDays.TryGetValue(kind, out var days) && days >= 0 ? days : 10;
}
