namespace LongAnMarket.Core.Privacy;

/// <summary>What a data subject asks the marketplace to do with their personal data.</summary>
public enum DataRequestKind
{
    /// <summary>See or receive a copy of the data held.</summary>
    Access = 1,
    Correction = 2,
    Deletion = 3,
    ConsentWithdrawal = 4,
    Restriction = 5,
    Objection = 6,
}
