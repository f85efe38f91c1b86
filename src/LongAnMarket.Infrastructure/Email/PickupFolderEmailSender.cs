using LongAnMarket.Core.Messaging;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Email;

/// <summary>
/// Writes each email as an .eml file (open it in any mail client or a text editor) under the data folder's
/// mail-pickup/, so a local install needs no mail server and a newcomer can still follow a confirmation link.
/// </summary>
public sealed class PickupFolderEmailSender(DataFolder data, IOptions<EmailOptions> options, TimeProvider clock) : IEmailSender
{
    public const string FolderName = "mail-pickup";

    public string Folder => Path.Combine(data.Path, FolderName);

    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml";
        var temporary = Path.Combine(Folder, name + ".tmp");
        await using (var file = File.Create(temporary))
            await MimeMessages.From(message, options.Value).WriteToAsync(file, ct);
        File.Move(temporary, Path.Combine(Folder, name)); // a reader never sees half a message
    }
}
