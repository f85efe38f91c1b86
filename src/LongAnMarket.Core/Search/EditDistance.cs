namespace LongAnMarket.Core.Search;

/// <summary>Optimal string alignment distance (a swap of two neighbours is one edit), as Lucene and Elasticsearch count typos.</summary>
public static class EditDistance
{
    public static bool Within(string a, string b, int maxEdits)
    {
        if (Math.Abs(a.Length - b.Length) > maxEdits) return false;
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > maxEdits) return false;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length] <= maxEdits;
    }
}
