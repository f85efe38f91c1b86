using System.ComponentModel.DataAnnotations;
using LongAnMarket.Core.Reviews;
using LongAnMarket.Web.Models;

namespace LongAnMarket.Web.Reviews;

/// <summary>The buyer's form: which line, how many stars, their words.</summary>
public sealed class ReviewForm
{
    public int Line { get; set; }

    [Required(ErrorMessage = "Hãy chọn từ 1 đến 5 sao."), Range(1, 5, ErrorMessage = "Hãy chọn từ 1 đến 5 sao.")]
    public int? Stars { get; set; }

    [StringLength(Review.MaxText, ErrorMessage = "Nhận xét dài tối đa 2000 ký tự.")]
    public string? Text { get; set; }
}

public sealed record NewReviewPage(string OrderCode, string OrderLink, string Action, int LineId, string ProductName, string PackSize, ReviewForm Form);

/// <summary>A delivered line on the buyer's order page: a link to review it, or the stars already given.</summary>
public sealed record ReviewableLine(int LineId, string ProductName, string PackSize, int? Stars);

public sealed record ReviewPhotoModel(string ThumbnailUrl, string Url, int Width, int Height);

/// <summary>One review as the public reads it.</summary>
public sealed record ReviewModel(int Id, string AuthorName, int Stars, string PackSize, string Text, DateTimeOffset WrittenAt,
    IReadOnlyList<ReviewPhotoModel> Photos, string? Reply, DateTimeOffset? RepliedAt);

/// <summary>
/// A product's reviews: the average and count (from the product row), how many gave each number of stars, and the
/// reviews shown, those with photos first.
/// </summary>
public sealed record ReviewSummaryModel(int Count, double Average, IReadOnlyList<int> StarCounts, IReadOnlyList<ReviewModel> Reviews)
{
    public static readonly ReviewSummaryModel None = new(0, 0, [0, 0, 0, 0, 0], []);

    /// <summary>How many gave <paramref name="stars"/> stars.</summary>
    public int Of(int stars) => StarCounts[stars - 1];
}

/// <summary>A review in the producer's or the trade office's list, with the product it is about.</summary>
public sealed record ReviewRow(ReviewModel Review, string ProductName, string ProductSlug, bool Hidden, string? HiddenBecause,
    IReadOnlyList<string> OpenReports);

public sealed record ReviewListPage(IReadOnlyList<ReviewRow> Reviews, string? Notice, string? Error);

public sealed record ReportReviewPage(ReviewModel Review, string ProductName, string ProductSlug, string? Error, bool Sent);

/// <summary>"4,7" the Vietnamese way, "4.7" in English; one decimal.</summary>
public static class StarText
{
    public static string Average(double average) =>
        average.ToString("0.0", Localization.UiText.IsEnglish ? System.Globalization.CultureInfo.InvariantCulture : System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

    public static string Glyphs(int stars) => new string('★', stars) + new string('☆', 5 - stars);
}
