namespace LongAnMarket.Core.Search.Relevance;

/// <summary>
/// A query as shoppers type it, with graded judgments by product slug: 3 what it asks for, 2 relevant, 1 related,
/// 0 must not appear. <see cref="Named"/> is the one product the query names, when it names one.
/// </summary>
public sealed record JudgedQuery(string Family, string Text, IReadOnlyDictionary<string, int> Grades, string? Named)
{
    public const int MaxGrade = 3;

    /// <summary>Relevant means graded 2 or 3; a grade of 1 (related) adds to nDCG but is not owed a place in the top 5.</summary>
    public const int RelevantGrade = 2;

    public int RelevantCount => Grades.Values.Count(g => g >= RelevantGrade);
}
