namespace LongAnMarket.Web.Models;

public sealed record SitePageModel(string Slug, string Title, IReadOnlyList<TextBlock> Blocks);

/// <summary>A block of a plain-text page: a heading ("## …") or a paragraph.</summary>
public sealed record TextBlock(bool IsHeading, string Text);
