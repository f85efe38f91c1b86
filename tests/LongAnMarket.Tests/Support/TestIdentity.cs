namespace LongAnMarket.Tests.Support;

/// <summary>A business's legal identity as the application and re-confirmation forms take it.</summary>
public static class TestIdentity
{
    /// <summary>A citizen ID of the Long An birth-registration code; its digits must never be found at rest.</summary>
    public const string CitizenId = "080175246813";

    public static Dictionary<string, string> Fields(string citizenId = CitizenId) => new()
    {
        ["LegalForm"] = "Cooperative", ["RegistrationNumber"] = "50A8001234", ["RegistrationDate"] = "2020-05-12",
        ["RegistrationIssuer"] = "Phòng Tài chính – Kế hoạch huyện Cần Đước", ["RepresentativeName"] = "Nguyễn Văn Thử",
        ["RepresentativeRole"] = "Giám đốc hợp tác xã", ["RepresentativeCitizenId"] = citizenId,
    };

    /// <summary>The application's own fields with a complete identity added.</summary>
    public static Dictionary<string, string> Added(Dictionary<string, string> application, string citizenId = CitizenId)
    {
        foreach (var (key, value) in Fields(citizenId)) application.TryAdd(key, value);
        return application;
    }

    /// <summary>What an officer sends to verify and approve: every document ticked, the citizen ID read on the card.</summary>
    public static async Task<Dictionary<string, string>> VerificationAsync(Visitor admin, int producerId, string citizenId = CitizenId)
    {
        var review = await admin.PageAsync($"/admin/producers/{producerId}");
        var fields = new Dictionary<string, string> { ["Method"] = "trade-office", ["CitizenIdSeen"] = citizenId, ["RegistryConsulted"] = "true" };
        var documents = review.QuerySelectorAll("form[action$='/approve'] input[name=DocumentIds]").Select(i => i.GetAttribute("value")!).ToList();
        for (var i = 0; i < documents.Count; i++) fields[$"DocumentIds[{i}]"] = documents[i];
        return fields;
    }
}
