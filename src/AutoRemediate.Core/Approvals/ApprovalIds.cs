namespace AutoRemediate.Core.Approvals;

/// <summary>
/// The form of remediation and request ids: 1–100 characters of ASCII letters, digits, '-' and '_'. That keeps
/// them safe as table keys, inside tokens and in URLs without escaping.
/// </summary>
public static class ApprovalIds
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxLength = 100;

    /// <summary>True when <paramref name="id"/> has the allowed form.</summary>
    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>Throws <see cref="ArgumentException"/> naming <paramref name="name"/> when the id is not allowed.</summary>
    public static void Validate(string? id, string name)
    {
        if (!IsValid(id))
        {
            throw new ArgumentException($"{name} must be 1-{MaxLength} characters of ASCII letters, digits, '-' and '_'.", name);
        }
    }
}
