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
        var cleanNote = CleanNote(note);
        return new Buyer(Text(name, 100, "Tên người nhận"), PhoneNumber.ParseMobile(phone), CleanEmail(email), Text(province, 60, "Tỉnh/thành phố"),
            Text(commune, 80, "Xã/phường"), Text(street, 200, "Số nhà, đường"), cleanNote.Length == 0 ? null : cleanNote);
    }

    /// <summary>Every problem of the form at once, each with the field it belongs to (named as the <see cref="Buyer"/>'s own members).</summary>
    public static IReadOnlyList<(string Field, DomainException Problem)> Problems(string? name, string? phone, string? email,
        string? province, string? commune, string? street, string? note)
    {
        var problems = new List<(string, DomainException)>();
        void Check(string field, Action check)
        {
            try { check(); }
            catch (DomainException problem) { problems.Add((field, problem)); }
        }
        Check(nameof(Name), () => Text(name, 100, "Tên người nhận"));
        Check(nameof(Phone), () => PhoneNumber.ParseMobile(phone));
        Check(nameof(Email), () => CleanEmail(email));
        Check(nameof(Province), () => Text(province, 60, "Tỉnh/thành phố"));
        Check(nameof(Commune), () => Text(commune, 80, "Xã/phường"));
        Check(nameof(Street), () => Text(street, 200, "Số nhà, đường"));
        Check(nameof(Note), () => CleanNote(note));
        return problems;
    }

    private static string CleanEmail(string? email)
    {
        var cleanEmail = Text(email, 200, "Email").ToLowerInvariant();
        if (!MailAddress.TryCreate(cleanEmail, out var parsed) || parsed.Address != cleanEmail || !cleanEmail.Contains('.'))
            throw new DomainException($"Email “{cleanEmail}” không hợp lệ.");
        return cleanEmail;
    }

    private static string CleanNote(string? note)
    {
        var cleanNote = VietnameseText.Clean(note);
        if (cleanNote.Length > 500) throw new DomainException("Ghi chú dài quá 500 ký tự.");
        return cleanNote;
    }

    /// <summary>What is kept once a buyer asks for their personal data to be erased (Personal Data Protection Law 91/2025/QH15).</summary>
    public static Buyer Anonymised => new("(đã xoá)", "", "", "", "", "", null);

    private static string Text(string? value, int maxLength, string field) => VietnameseText.Required(value, maxLength, field);
}
