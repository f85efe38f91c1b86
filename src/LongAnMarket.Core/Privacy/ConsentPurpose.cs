namespace LongAnMarket.Core.Privacy;

/// <summary>What a person agrees their personal data may be used for; each is given and withdrawn on its own.</summary>
public enum ConsentPurpose
{
    /// <summary>Keeping an account: name, email, password hash, sign-in records.</summary>
    Account = 1,
    /// <summary>Emails about products and offers; never needed to buy.</summary>
    MarketingEmail = 2,
    /// <summary>Handing the name, phone and delivery address of an order to its producers and, later, a carrier.</summary>
    DeliveryAddressSharing = 3,
}
