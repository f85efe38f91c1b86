using System.Text.RegularExpressions;
using LongAnMarket.Infrastructure.Email;
using MimeKit;

namespace LongAnMarket.Tests.Support;

/// <summary>Reads the .eml files the app wrote to its pickup folder, as a person opening them would.</summary>
public static partial class MailPickup
{
    public static IReadOnlyList<MimeMessage> To(MarketAppFactory app, string address) => To(app.DataPath, address);

    /// <summary>The messages to <paramref name="address"/> that an app with its data in <paramref name="dataPath"/> wrote.</summary>
    public static IReadOnlyList<MimeMessage> To(string dataPath, string address)
    {
        var folder = Path.Combine(dataPath, PickupFolderEmailSender.FolderName);
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*.eml").Order()
            .Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>The path and query of the last link to <paramref name="path"/> mailed to <paramref name="address"/>.</summary>
    public static string LastLink(MarketAppFactory app, string address, string path) => LastLink(app.DataPath, address, path);

    public static string LastLink(string dataPath, string address, string path)
    {
        var message = To(dataPath, address).LastOrDefault() ?? throw new InvalidOperationException($"No email to {address}.");
        var match = Link().Matches(message.TextBody ?? "").Select(m => new Uri(m.Value)).LastOrDefault(u => u.AbsolutePath == path)
            ?? throw new InvalidOperationException($"No link to {path} in “{message.Subject}”.");
        return match.PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
