namespace AutoRemediate.Storage.Audit;

/// <summary>
/// The audit keys (section <c>Audit</c>): <c>Audit:Keys:{keyId}</c> = base64 of at least 32 random bytes (in Azure a
/// Key Vault reference), <c>Audit:ActiveKeyId</c> = the key new records are keyed with. Validated at start-up
/// (<see cref="AuditKeyOptionsValidator"/>). Keep every key whose records must still verify.
/// </summary>
public sealed class AuditKeyOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Audit";

    /// <summary>The keys by id, each base64.</summary>
    public Dictionary<string, string> Keys { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The id of the key new records and anchors are keyed with.</summary>
    public string? ActiveKeyId { get; set; }
}
