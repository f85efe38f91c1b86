using System.Globalization;
using System.Net.Mail;

namespace LongAnMarket.Web.Compliance;

/// <summary>
/// Who runs the marketplace, as a trading platform must show it on every page (Decree 52/2013/NĐ-CP as amended by
/// Decree 85/2021/NĐ-CP; docs/compliance.md): the owner's legal name, business registration (number, date, issuer),
/// address, phone, email, the person responsible, and the platform's entry on the Ministry of Industry and Trade's
/// register (online.gov.vn). The demo operator of appsettings.json is marked <see cref="IsDemo"/>; Production refuses it.
/// </summary>
public sealed class OperatorOptions
{
    public const string Section = "Site:Operator";

    /// <summary>The register the Ministry keeps; the badge links to the platform's own entry there.</summary>
    public const string RegisterHost = "online.gov.vn";

    public string LegalName { get; set; } = "";
    public string RegistrationNumber { get; set; } = "";

    /// <summary>The date of first registration, yyyy-MM-dd.</summary>
    public string RegistrationDate { get; set; } = "";
    public string RegistrationIssuer { get; set; } = "";
    public string Address { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    public string ResponsiblePerson { get; set; } = "";
    public string MoitRegistrationUrl { get; set; } = "";

    /// <summary>Sample details for local use: shown as such, and refused in Production.</summary>
    public bool IsDemo { get; set; }

    public DateOnly? RegisteredOn =>
        DateOnly.TryParseExact(RegistrationDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>The registration date as Vietnamese documents write it (dd/MM/yyyy).</summary>
    public string RegisteredOnText => RegisteredOn?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? RegistrationDate;

    /// <summary>The phone number as a tel: link (digits and a leading +).</summary>
    public string PhoneHref => "tel:" + string.Concat(Phone.Where(c => char.IsDigit(c) || c == '+'));

    /// <summary>What keeps these details from being shown as the law asks, one line per field.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Required(string value, string name)
        {
            if (string.IsNullOrWhiteSpace(value)) problems.Add($"{Section}:{name} is required: every page shows who runs the marketplace.");
        }
        Required(LegalName, nameof(LegalName));
        Required(RegistrationNumber, nameof(RegistrationNumber));
        Required(RegistrationIssuer, nameof(RegistrationIssuer));
        Required(Address, nameof(Address));
        Required(Phone, nameof(Phone));
        Required(ResponsiblePerson, nameof(ResponsiblePerson));
        if (RegisteredOn is null) problems.Add($"{Section}:RegistrationDate “{RegistrationDate}” is not a date written yyyy-MM-dd.");
        if (!MailAddress.TryCreate(Email, out _)) problems.Add($"{Section}:Email “{Email}” is not an email address.");
        if (!Uri.TryCreate(MoitRegistrationUrl, UriKind.Absolute, out var entry) || entry.Scheme != Uri.UriSchemeHttps
            || !(entry.Host == RegisterHost || entry.Host.EndsWith("." + RegisterHost, StringComparison.OrdinalIgnoreCase)))
            problems.Add($"{Section}:MoitRegistrationUrl “{MoitRegistrationUrl}” must be the platform's https entry on {RegisterHost}.");
        if (IsDemo) problems.Add($"{Section} holds the demo operator (IsDemo): set the real owner's details.");
        return problems;
    }
}
