namespace AutoRemediate.Core.Approvals;

/// <summary>
/// The HMAC keys tokens are signed with, by key id. New tokens use <see cref="ActiveKeyId"/>; tokens signed with any
/// other key of the ring still verify, so a key can be rotated by adding the new one, making it active, and removing
/// the old one once its tokens have expired.
/// </summary>
public sealed class SigningKeyRing
{
    /// <summary>The shortest key accepted, in bytes (the HMAC-SHA256 block of security).</summary>
    public const int MinKeyBytes = 32;

    private readonly Dictionary<string, byte[]> _keys;

    /// <summary>Creates the ring; throws <see cref="ArgumentException"/> for a short key, a bad id or a missing active key.</summary>
    public SigningKeyRing(string activeKeyId, IReadOnlyDictionary<string, byte[]> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var (id, key) in keys)
        {
            if (!IsValidKeyId(id))
            {
                throw new ArgumentException($"Signing key id '{id}' must be 1-32 ASCII letters, digits, '-' or '_'.", nameof(keys));
            }

            if (key.Length < MinKeyBytes)
            {
                throw new ArgumentException($"Signing key '{id}' has {key.Length} bytes; at least {MinKeyBytes} are required.", nameof(keys));
            }
        }

        if (!keys.ContainsKey(activeKeyId))
        {
            throw new ArgumentException($"The active signing key '{activeKeyId}' is not among the configured keys.", nameof(activeKeyId));
        }

        ActiveKeyId = activeKeyId;
        _keys = keys.ToDictionary(k => k.Key, k => k.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The key new tokens are signed with.</summary>
    public string ActiveKeyId { get; }

    /// <summary>True for 1-32 ASCII letters, digits, '-' or '_' (no '.', which separates a token's parts).</summary>
    public static bool IsValidKeyId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 32 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    internal byte[] ActiveKey => _keys[ActiveKeyId];

    internal byte[]? Find(string keyId) => _keys.GetValueOrDefault(keyId);
}
