namespace AutoRemediate.Core.Bindings;

/// <summary>Suggests the closest known word for a typo (case-insensitive Levenshtein distance).</summary>
internal static class DidYouMean
{
    /// <summary>" (did you mean 'x'?)" or an empty string when nothing is close enough.</summary>
    public static string Suggest(string typed, IEnumerable<string> known)
    {
        var best = known
            .Select(k => (Word: k, Distance: Distance(typed.ToLowerInvariant(), k.ToLowerInvariant())))
            .Where(k => k.Distance <= Math.Max(1, k.Word.Length / 3))
            .OrderBy(k => k.Distance)
            .ThenBy(k => k.Word, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Word is null ? string.Empty : $" (did you mean '{best.Word}'?)";
    }

    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 8)
        {
            return int.MaxValue;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
