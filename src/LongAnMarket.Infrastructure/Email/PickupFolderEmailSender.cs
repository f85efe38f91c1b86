using LongAnMarket.Core.Messaging;
using LongAnMarket.Infrastructure.Files;
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
        using var content = new MemoryStream();
        await MimeMessages.From(message, options.Value).WriteToAsync(content, ct);
        content.Position = 0;
        // The store writes to a temporary file and renames it: a reader never sees half a message.
        await new LocalFileStore(Folder).SaveAsync($"{clock.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml", content, ct);
    }
}
