using System.ComponentModel.DataAnnotations;

namespace LongAnMarket.Infrastructure.Email;

/// <summary>`Email:*`: the sender address, and `Email:Smtp:*` to send for real; without a host, mail goes to the pickup folder.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    [Required, EmailAddress]
    public string From { get; set; } = "no-reply@longanmarket.example";

    public string FromName { get; set; } = "LongAnMarket";

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>STARTTLS on 587, implicit TLS on 465; `false` only for a local test relay.</summary>
    public bool UseTls { get; set; } = true;
}
