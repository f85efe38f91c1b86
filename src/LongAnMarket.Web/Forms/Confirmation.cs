using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Forms;

/// <summary>An input the person fills on a confirmation page (a reason, a bank reference).</summary>
public sealed record ConfirmationField(string Name, string Label, bool Multiline = false, int MaxLength = 500, string? Hint = null);

/// <summary>
/// The page between a dangerous button and what it does (suspend, take off sale, refund, recall): a GET that says what
/// will happen and to how much money, and a POST to the same address that does it. The POST does nothing without the
/// page's <c>confirmed</c> field; it sends whoever skipped the page back to it.
/// </summary>
public sealed record ConfirmationModel(string Title, IReadOnlyList<string> Consequences, string Button, string CancelUrl)
{
    public const string ConfirmedField = "confirmed";

    /// <summary>The sum the action moves, shown large ("175.000 ₫").</summary>
    public string? Amount { get; init; }
    public IReadOnlyList<ConfirmationField> Fields { get; init; } = [];
    public IReadOnlyDictionary<string, string?> Hidden { get; init; } = new Dictionary<string, string?>();
    public string? Error { get; init; }
}

public static class Confirmations
{
    /// <summary>Where a POST that skipped its confirmation page goes: to that page, the same address by GET.</summary>
    public static IActionResult ToConfirmation(this ControllerBase controller) =>
        new RedirectResult(controller.Request.PathBase + controller.Request.Path);
}
