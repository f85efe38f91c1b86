namespace LongAnMarket.Core.Files;

/// <summary>Files that are never served as they are (producers' certificates and licences): read only through an action that checks who asks.</summary>
public interface IPrivateFileStore : IFileStore;
