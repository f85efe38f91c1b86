namespace LongAnMarket.Core.Catalog;

public enum CertificationKind
{
    Ocop = 0,
    VietGap = 1,
    GlobalGap = 2,
    Organic = 3,
    Haccp = 4,
    Iso22000 = 5,
    GeographicalIndication = 6,
}
