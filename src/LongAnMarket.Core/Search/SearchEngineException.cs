namespace LongAnMarket.Core.Search;

/// <summary>The search engine could not be reached or refused a request; search pages fall back to the database.</summary>
public sealed class SearchEngineException(string message, Exception? inner = null) : Exception(message, inner);
