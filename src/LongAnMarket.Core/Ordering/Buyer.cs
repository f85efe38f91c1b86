using System.Net.Mail;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Producers;

namespace LongAnMarket.Core.Ordering;

/// <summary>Who receives an order and where: kept on the order as it was typed at checkout.</summary>
public sealed record Buyer(string Name, string Phone, string Email, string Province, string Commune, string Street, string? Note)
{
    /// <summary>Checks and cleans what the checkout form sent; the first problem found is thrown, nothing is kept half-checked.</summary>
    public static Buyer Create(string? name, string? phone, string? email, string? province, string? commune, string? street, string? note)
    {
        var cleanEmail = Text(email, 200, "Email").ToLowerInvariant();
        if (!MailAddress.TryCreate(cleanEmail, out var parsed) || parsed.Address != cleanEmail || !cleanEmail.Contains('.'))
            throw new DomainException($"Email “{cleanEmail}” không hợp lệ.");
        var cleanNote = VietnameseText.Clean(note);
        if (cleanNote.Length > 500) throw new DomainException("Ghi chú dài quá 500 ký tự.");
        return new Buyer(Text(name, 100, "Tên người nhận"), PhoneNumber.ParseMobile(phone), cleanEmail, Text(province, 60, "Tỉnh/thành phố"),
            Text(commune, 80, "Xã/phường"), Text(street, 200, "Số nhà, đường"), cleanNote.Length == 0 ? null : cleanNote);
    }

    /// <summary>What is kept once a buyer asks for their personal data to be erased (Decree 13/2023/NĐ-CP).</summary>
    public static Buyer Anonymised => new("(đã xoá)", "", "", "", "", "", null);

    private static string Text(string? value, int maxLength, string field) => VietnameseText.Required(value, maxLength, field);
}
