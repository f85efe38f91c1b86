using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Ordering;

/// <summary>
/// A shopper's cart, kept in the database: a guest's is found by the token in their cookie, an account's by its user.
/// It holds only what was chosen and the price seen then; prices, stock and shipping are read fresh whenever it is shown.
/// </summary>
public sealed class Cart
{
    public const int MaxLines = 50;
    private readonly List<CartLine> _lines = [];

    private Cart() { }

    private Cart(Guid token, string? userId, DateTimeOffset now)
    {
        Token = token;
        UserId = userId;
        UpdatedAtUtc = now.UtcDateTime;
    }

    public static Cart ForGuest(DateTimeOffset now) => new(Guid.NewGuid(), null, now);

    public static Cart ForAccount(string userId, DateTimeOffset now) => new(Guid.NewGuid(), userId, now);

    public int Id { get; private set; }
    public Guid Token { get; private set; }
    public string? UserId { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public IReadOnlyList<CartLine> Lines => _lines;

    /// <summary>Adds packs of a variant, on top of any already in the cart.</summary>
    public void Add(int variantId, int quantity, long priceNowDong, DateTimeOffset now)
    {
        if (quantity is < 1 or > CartLine.MaxQuantity) throw new DomainException($"Số lượng phải từ 1 đến {CartLine.MaxQuantity}.");
        var line = _lines.FirstOrDefault(l => l.VariantId == variantId);
        if (line is null)
        {
            if (_lines.Count >= MaxLines) throw new DomainException($"Giỏ hàng có tối đa {MaxLines} mặt hàng.");
            _lines.Add(new CartLine(variantId, quantity, priceNowDong, now));
        }
        else line.SetQuantity(Math.Min(CartLine.MaxQuantity, line.Quantity + quantity));
        UpdatedAtUtc = now.UtcDateTime;
    }

    /// <summary>Sets a line's quantity; 0 removes it.</summary>
    public void SetQuantity(int variantId, int quantity, DateTimeOffset now)
    {
        var line = _lines.FirstOrDefault(l => l.VariantId == variantId) ?? throw new DomainException("Sản phẩm này không còn trong giỏ.");
        if (quantity == 0) _lines.Remove(line);
        else line.SetQuantity(quantity);
        UpdatedAtUtc = now.UtcDateTime;
    }

    public void Remove(int variantId, DateTimeOffset now)
    {
        _lines.RemoveAll(l => l.VariantId == variantId);
        UpdatedAtUtc = now.UtcDateTime;
    }

    /// <summary>At sign-in: what the guest chose joins what the account already held (quantities add, capped).</summary>
    public void MergeFrom(Cart guest, DateTimeOffset now)
    {
        foreach (var line in guest.Lines)
        {
            if (_lines.Count >= MaxLines && _lines.All(l => l.VariantId != line.VariantId)) break;
            Add(line.VariantId, line.Quantity, line.PriceSeenDong, now);
        }
        guest._lines.Clear();
    }

    public void Clear(IEnumerable<int> variantIds, DateTimeOffset now)
    {
        var bought = variantIds.ToHashSet();
        _lines.RemoveAll(l => bought.Contains(l.VariantId));
        UpdatedAtUtc = now.UtcDateTime;
    }
}
