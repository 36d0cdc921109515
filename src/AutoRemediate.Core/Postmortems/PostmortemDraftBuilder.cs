using System.Globalization;
using AutoRemediate.Core.Audit;
using AutoRemediate.Core.Incidents;
using AutoRemediate.Core.Text;

namespace AutoRemediate.Core.Postmortems;

/// <summary>Builds a post-mortem draft from an incident, its audit chains, toil rows and budget figures; pure.</summary>
public static class PostmortemDraftBuilder
{
    /// <summary>The draft. Every record of every chain passed becomes one timeline entry.</summary>
    public static PostmortemDraft Build(PostmortemInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var incident = input.Incident;
        var toil = input.Toil.Where(t => incident.Members.Any(m => m.RemediationId == t.RemediationId)).ToList();
        var automated = toil.Where(t => t.IsAutomated).ToList();
        var manual = toil.Where(t => t.IsManual).ToList();
        return new PostmortemDraft
        {
            Incident = incident,
            Summary = Summary(incident),
            ChainWarnings = Warnings(incident, input.Chains),
            Budget = input.Budget,
            Duration = incident.End - incident.ImpactStart,
            Timeline = [.. input.Chains.SelectMany(c => c.Records).Select(Entry)
                .OrderBy(e => e.Time).ThenBy(e => e.RemediationId, StringComparer.Ordinal).ThenBy(e => e.Sequence)],
            AutomatedRemediations = automated.Count,
            HumanRemediations = manual.Count,
            MinutesAutomated = automated.Sum(t => t.ManualEffortMinutes ?? 0),
            MinutesByHumans = toil.Sum(t => t.HumanMinutes) + manual.Sum(t => t.ManualEffortMinutes ?? 0),
            TimeToDetect = incident.ConditionStartedAt is null ? null : incident.Start - incident.ImpactStart,
            TimeToMitigate = incident.MitigatedAt - incident.ImpactStart,
            TimeToResolve = incident.ResolvedAt - incident.ImpactStart,
            GeneratedAt = input.GeneratedAt,
        };
    }

    private static string Summary(Incident incident)
    {
        var resources = incident.ResourceIds.Count == 0 ? "no named resource" : string.Join(", ", incident.ResourceIds);
        var handled = incident.NeededHumans ? "at least one remediation was handed to people" : "no remediation was handed to people";
        return string.Create(CultureInfo.InvariantCulture,
            $"{incident.Members.Count} remediation(s) of alert rule(s) {string.Join(", ", incident.RuleNames)} on {resources}, detected {DurationText.Timestamp(incident.Start)}; status {incident.Status.ToString().ToLowerInvariant()}; {handled}.");
    }

    private static List<string> Warnings(Incident incident, IReadOnlyList<PostmortemChain> chains)
    {
        var warnings = chains.Where(c => !c.Verification.IsIntact)
            .Select(c => $"Audit chain {c.RemediationId} is BROKEN ({c.Verification.Problems.Count} problem(s)): " +
                string.Join("; ", c.Verification.Problems.Select(p => p.Description)) + ". Its timeline entries may be incomplete or altered.")
            .ToList();
        warnings.AddRange(incident.Members.Where(m => chains.All(c => c.RemediationId != m.RemediationId))
            .Select(m => $"Audit chain {m.RemediationId} was not available: this remediation is missing from the timeline."));
        return warnings;
    }

    private static PostmortemTimelineEntry Entry(AuditRecord record) =>
        new(record.Time, record.RemediationId, record.Sequence, record.RecordId, record.Kind,
            $"{record.Actor.Type.ToString().ToLowerInvariant()} {record.Actor.Identity}", record.Summary);
}
