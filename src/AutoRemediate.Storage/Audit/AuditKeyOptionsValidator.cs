using AutoRemediate.Core.Audit;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Storage.Audit;

/// <summary>Checks the audit keys at start-up, naming every bad setting in one message; never quotes a key.</summary>
internal sealed class AuditKeyOptionsValidator : IValidateOptions<AuditKeyOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditKeyOptions options)
    {
        var errors = new List<string>();
        if (options.Keys.Count == 0)
        {
            errors.Add("Audit:Keys must hold at least one key: Audit:Keys:{keyId} = base64 of at least 32 random bytes (in Azure, a Key Vault reference).");
        }

        foreach (var (id, value) in options.Keys.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            if (!AuditKeyRing.IsValidKeyId(id))
            {
                errors.Add($"Audit:Keys:{id}: a key id must be 1-32 ASCII letters, digits, '-' or '_'.");
            }

            if (Decode(value) is not { Length: >= AuditKeyRing.MinKeyBytes })
            {
                errors.Add($"Audit:Keys:{id} must be base64 of at least {AuditKeyRing.MinKeyBytes} bytes.");
            }
        }

        if (string.IsNullOrEmpty(options.ActiveKeyId) || !options.Keys.ContainsKey(options.ActiveKeyId))
        {
            errors.Add("Audit:ActiveKeyId must name one of the keys under Audit:Keys.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(string.Join(" ", errors));
    }

    /// <summary>The key ring of validated options.</summary>
    public static AuditKeyRing ToKeyRing(AuditKeyOptions options) =>
        new(options.ActiveKeyId!, options.Keys.ToDictionary(k => k.Key, k => Decode(k.Value)!, StringComparer.Ordinal));

    private static byte[]? Decode(string? value)
    {
        try
        {
            return string.IsNullOrWhiteSpace(value) ? null : Convert.FromBase64String(value.Trim());
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
