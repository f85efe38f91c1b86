using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Producers;

/// <summary>
/// The person who answers for the business (director, cooperative chair, household head). The citizen ID is held only
/// in its protected form; whoever stores it protects it first, and pages show it masked.
/// </summary>
public sealed class Representative
{
    private Representative() { }

    public Representative(string name, string role, string protectedCitizenId)
    {
        Name = VietnameseText.Required(name, 120, "Họ tên người đại diện");
        Role = VietnameseText.Required(role, 80, "Chức vụ người đại diện");
        if (string.IsNullOrEmpty(protectedCitizenId)) throw new DomainException("Thiếu số căn cước của người đại diện.");
        ProtectedCitizenId = protectedCitizenId;
    }

    public string Name { get; private set; } = "";
    public string Role { get; private set; } = "";
    public string ProtectedCitizenId { get; private set; } = "";
}
