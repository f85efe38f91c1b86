namespace LongAnMarket.Core.Producers;

/// <summary>
/// Who may sell: a business registered under Vietnamese law. Unregistered individuals do not sell here; a farmer sells
/// through a cooperative or registers a household business (see README, "Who may sell").
/// </summary>
public enum LegalForm
{
    /// <summary>A company or private enterprise ("doanh nghiệp"): its enterprise code is also its tax number.</summary>
    Company = 1,
    /// <summary>A cooperative or union of cooperatives ("hợp tác xã").</summary>
    Cooperative = 2,
    /// <summary>A household business ("hộ kinh doanh") registered with the commune or ward.</summary>
    HouseholdBusiness = 3,
}
