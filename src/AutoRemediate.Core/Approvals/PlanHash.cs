using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AutoRemediate.Core.Approvals;

/// <summary>
/// The canonical hash of a remediation plan, so an approval is bound to exactly the plan the approver saw.
/// </summary>
/// <remarks>
/// <para>Format: <c>sha256:</c> followed by 64 lower-case hex digits of SHA-256 over the UTF-8 bytes of</para>
/// <code>
/// autoremediate-plan/v1\n
/// targets {n}\n      then per target, sorted ordinally after lower-casing: {length}:{target}\n
/// operations {m}\n   then per operation, in the given order: {length}:{operation}\n
/// </code>
/// <para>
/// Targets are a set (ARM ids are case-insensitive, so they are lower-cased, trimmed, de-duplicated and sorted):
/// listing them in another order gives the same hash. Operations keep their order, because "drain then restart"
/// is not "restart then drain". Length prefixes make the encoding unambiguous whatever characters the values hold.
/// </para>
/// </remarks>
public static class PlanHash
{
    /// <summary>The prefix naming the algorithm.</summary>
    public const string Prefix = "sha256:";

    /// <summary>The hash of <paramref name="targets"/> and <paramref name="operations"/>.</summary>
    public static string Compute(IEnumerable<string> targets, IEnumerable<string> operations)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(operations);
        var canonicalTargets = targets
            .Select(t => t.Trim().ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var canonicalOperations = operations.Select(o => o.Trim()).ToList();

        var text = new StringBuilder("autoremediate-plan/v1\n");
        Append(text, "targets", canonicalTargets);
        Append(text, "operations", canonicalOperations);
        return Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Append(StringBuilder text, string section, List<string> values)
    {
        text.Append(CultureInfo.InvariantCulture, $"{section} {values.Count}\n");
        foreach (var value in values)
        {
            text.Append(CultureInfo.InvariantCulture, $"{value.Length}:{value}\n");
        }
    }
}
