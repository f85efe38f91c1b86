namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>Whose cart: a signed-in account's, or a guest's found by the token in their cookie.</summary>
public sealed record CartOwner(Guid? GuestToken, string? UserId);
