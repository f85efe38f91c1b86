namespace LongAnMarket.Core.Producers;

public enum ProducerStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
    Suspended = 3,
}
