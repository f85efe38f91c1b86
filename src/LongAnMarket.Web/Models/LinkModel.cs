namespace LongAnMarket.Web.Models;

/// <summary>A named thing with a slug (category, area, producer) and how many listed products it has, if counted.</summary>
public sealed record LinkModel(string Slug, string Name, int? Count = null);
