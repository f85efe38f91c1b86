namespace LongAnMarket.Core.Messaging;

/// <summary>Sends email: over SMTP when configured, otherwise into a pickup folder a developer can open.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct = default);
}
