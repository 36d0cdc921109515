using System.Diagnostics.CodeAnalysis;

namespace AutoRemediate.Core.Bindings;

/// <summary>
/// A case-insensitive glob with <c>*</c> (any run of characters) and <c>?</c> (one character). Nothing else is
/// special, and character classes or braces are refused rather than taken literally, so a pattern never means
/// something other than what it looks like. Matching is linear-time (no regex, no backtracking blow-up).
/// </summary>
public sealed record GlobPattern
{
    private const int MaxLength = 1024;

    private GlobPattern(string pattern)
    {
        Pattern = pattern;
        IsLiteral = pattern.IndexOfAny(['*', '?']) < 0;
    }

    /// <summary>The pattern text.</summary>
    public string Pattern { get; }

    /// <summary>True when the pattern has no wildcard (an equality test).</summary>
    public bool IsLiteral { get; }

    /// <summary>Validates and creates a pattern; <paramref name="error"/> explains a refusal.</summary>
    public static bool TryCreate(string? pattern, [NotNullWhen(true)] out GlobPattern? glob, [NotNullWhen(false)] out string? error)
    {
        glob = null;
        if (string.IsNullOrEmpty(pattern))
        {
            error = "bad glob '': a pattern cannot be empty";
            return false;
        }

        if (pattern.Length > MaxLength)
        {
            error = $"bad glob: {pattern.Length} characters is longer than the limit of {MaxLength}";
            return false;
        }

        var unsupported = pattern.IndexOfAny(['[', ']', '{', '}', '\\']);
        if (unsupported >= 0)
        {
            error = $"bad glob '{pattern}': '{pattern[unsupported]}' is not supported; only * and ? wildcards are";
            return false;
        }

        glob = new GlobPattern(pattern);
        error = null;
        return true;
    }

    /// <summary>True when <paramref name="text"/> matches the whole pattern, ignoring case.</summary>
    public bool IsMatch(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsLiteral)
        {
            return string.Equals(Pattern, text, StringComparison.OrdinalIgnoreCase);
        }

        // Classic two-pointer wildcard match: remember the last '*' and retry from there on a mismatch.
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < Pattern.Length && (Pattern[p] == '?' || SameChar(Pattern[p], text[t])))
            {
                p++;
                t++;
            }
            else if (p < Pattern.Length && Pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < Pattern.Length && Pattern[p] == '*')
        {
            p++;
        }

        return p == Pattern.Length;
    }

    /// <inheritdoc />
    public override string ToString() => Pattern;

    private static bool SameChar(char a, char b) => a == b || char.ToUpperInvariant(a) == char.ToUpperInvariant(b);
}
