namespace LongAnMarket.Core.Traceability;

/// <summary>
/// How an event's hash ID treats an errorDeclaration. GS1's reference generator leaves it out, so a declared event keeps
/// the hash ID it had (hash version 2, every chain from now on); chains begun before kept it in (version 1) and are
/// verified as they were sealed.
/// </summary>
public enum EventHashVersion
{
    WithErrorDeclaration = 1,
    Reference = 2,
}
