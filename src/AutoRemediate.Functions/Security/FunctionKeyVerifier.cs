using System.Security.Cryptography;
using System.Text;
using AutoRemediate.Functions.Webhook;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Security;

/// <summary>Checks a presented function key against the configured SHA-256 hashes in constant time.</summary>
internal sealed class FunctionKeyVerifier(IOptions<WebhookOptions> options)
{
    private readonly byte[][] hashes = [.. options.Value.KeyHashes.Where(h => !string.IsNullOrWhiteSpace(h)).Select(Convert.FromHexString)];

    public bool HasKeys => hashes.Length > 0;

    public bool IsValid(string presentedKey)
    {
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(presentedKey));
        var match = false;

        // Every hash is compared, so the time taken does not reveal which (if any) matched.
        foreach (var hash in hashes)
        {
            match |= CryptographicOperations.FixedTimeEquals(presented, hash);
        }

        return match;
    }
}
