namespace AutoRemediate.Storage.Authentication;

/// <summary>Splits a query string into decoded, lower-cased-name pairs, as the canonicalization rules want them.</summary>
internal static class SharedKeyQuery
{
    public static IReadOnlyList<(string Name, string Value)> Parse(string query)
    {
        var trimmed = query.StartsWith('?') ? query[1..] : query;
        if (trimmed.Length == 0)
        {
            return [];
        }

        return trimmed
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair =>
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var name = equals < 0 ? pair : pair[..equals];
                var value = equals < 0 ? string.Empty : pair[(equals + 1)..];
                return (Uri.UnescapeDataString(name).ToLowerInvariant(), Uri.UnescapeDataString(value));
            })
            .ToList();
    }
}
