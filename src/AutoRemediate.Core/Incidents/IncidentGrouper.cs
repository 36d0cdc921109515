using System.Security.Cryptography;
using System.Text;

namespace AutoRemediate.Core.Incidents;

/// <summary>
/// Groups remediations into incidents: members share the grouping key (rule and resources, or resource group) and
/// each was received at most <see cref="IncidentGrouping.Gap"/> after every earlier member had ended — while a
/// member still runs, every later remediation with its key joins. Pure and order-independent: facts are sorted by
/// time received (then remediation id) before grouping, so the same facts in any order give the same incidents.
/// </summary>
public static class IncidentGrouper
{
    /// <summary>The incidents, by start time (then id).</summary>
    public static IReadOnlyList<Incident> Group(IEnumerable<RemediationFact> facts, IncidentGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(grouping);
        var sorted = facts.OrderBy(f => f.ReceivedAt).ThenBy(f => f.RemediationId, StringComparer.Ordinal).ToList();
        if (sorted.GroupBy(f => f.RemediationId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new ArgumentException($"Remediation '{duplicate.Key}' appears {duplicate.Count()} times; pass each remediation once.", nameof(facts));
        }

        var current = new Dictionary<string, List<RemediationFact>>(StringComparer.Ordinal);
        var groups = new List<List<RemediationFact>>();
        foreach (var fact in sorted)
        {
            var key = Key(fact, grouping.GroupBy);
            if (current.TryGetValue(key, out var members) && (members.Any(m => m.IsOpen) || fact.ReceivedAt - members.Max(m => m.LastSeenAt) <= grouping.Gap))
            {
                members.Add(fact);
                continue;
            }

            current[key] = [fact];
            groups.Add(current[key]);
        }

        return [.. groups.Select(g => new Incident(IdFor(g[0].RemediationId), g)).OrderBy(i => i.Start).ThenBy(i => i.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// "inc-" and the first 16 hex digits of SHA-256 over the first member's remediation id: the same incident keeps
    /// its id on every run, as long as no earlier remediation joins it.
    /// </summary>
    public static string IdFor(string firstRemediationId) =>
        "inc-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(firstRemediationId)))[..16];

    private static string Key(RemediationFact fact, IncidentGroupBy groupBy) =>
        groupBy == IncidentGroupBy.ResourceGroup && fact.ResourceGroup is { } group
            ? "rg\n" + group.ToLowerInvariant()
            : "rule\n" + fact.RuleName + "\n" + string.Join("\n", fact.ResourceIds.Select(r => r.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
