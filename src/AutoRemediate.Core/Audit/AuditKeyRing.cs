using System.Security.Cryptography;
using System.Text;

namespace AutoRemediate.Core.Audit;

/// <summary>
/// The HMAC-SHA256 keys audit records and chain anchors are keyed with, by key id. New records use
/// <see cref="ActiveKeyId"/>; a record keeps the id of the key it was written with, so keys rotate by adding the new
/// key, making it active, and keeping the old one configured for as long as its records must verify.
/// </summary>
public sealed class AuditKeyRing
{
    /// <summary>The shortest key accepted, in bytes.</summary>
    public const int MinKeyBytes = 32;

    private readonly Dictionary<string, byte[]> _keys;

    /// <summary>Creates the ring; throws <see cref="ArgumentException"/> for a short key, a bad id or a missing active key.</summary>
    public AuditKeyRing(string activeKeyId, IReadOnlyDictionary<string, byte[]> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var (id, key) in keys)
        {
            if (!IsValidKeyId(id))
            {
                throw new ArgumentException($"Audit key id '{id}' must be 1-32 ASCII letters, digits, '-' or '_'.", nameof(keys));
            }

            if (key.Length < MinKeyBytes)
            {
                throw new ArgumentException($"Audit key '{id}' has {key.Length} bytes; at least {MinKeyBytes} are required.", nameof(keys));
            }
        }

        if (activeKeyId is null || !keys.ContainsKey(activeKeyId))
        {
            throw new ArgumentException($"The active audit key '{activeKeyId}' is not among the configured keys.", nameof(activeKeyId));
        }

        ActiveKeyId = activeKeyId;
        _keys = keys.ToDictionary(k => k.Key, k => k.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The key new records and anchors are keyed with.</summary>
    public string ActiveKeyId { get; }

    /// <summary>The configured key ids.</summary>
    public IReadOnlyCollection<string> KeyIds => _keys.Keys;

    /// <summary>True for 1-32 ASCII letters, digits, '-' or '_'.</summary>
    public static bool IsValidKeyId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 32 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>A ring of one fresh random key, for in-memory logs and tests; nothing it keys outlives the process.</summary>
    public static AuditKeyRing Ephemeral(string keyId = "ephemeral") =>
        new(keyId, new Dictionary<string, byte[]> { [keyId] = RandomNumberGenerator.GetBytes(MinKeyBytes) });

    /// <summary>True when <paramref name="keyId"/> is configured.</summary>
    public bool Contains(string keyId) => _keys.ContainsKey(keyId);

    /// <summary>Lower-case hex HMAC-SHA256 of the UTF-8 of <paramref name="text"/> with key <paramref name="keyId"/>; null when that key is not configured.</summary>
    internal string? Mac(string keyId, string text) =>
        _keys.TryGetValue(keyId, out var key) ? Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text))) : null;
}
