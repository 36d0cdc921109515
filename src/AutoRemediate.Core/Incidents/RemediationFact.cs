using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Toil;

namespace AutoRemediate.Core.Incidents;

/// <summary>What incident grouping needs to know of one remediation (one alert occurrence and its handling).</summary>
public sealed record RemediationFact
{
    /// <summary>The remediation (orchestration instance) id, unique; also its audit chain's id.</summary>
    public required string RemediationId { get; init; }

    /// <summary>The alert rule's name.</summary>
    public required string RuleName { get; init; }

    /// <summary>The target resource ids, as the alert named them (compared case-insensitively).</summary>
    public IReadOnlyList<string> ResourceIds { get; init; } = [];

    /// <summary>The first target's subscription and resource group, lower-case (<c>sub/rg</c>); null when it has none.</summary>
    public string? ResourceGroup { get; init; }

    /// <summary>When the webhook received the alert.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>When the monitor says the condition started, if known.</summary>
    public DateTimeOffset? FiredAt { get; init; }

    /// <summary>When the remediation ended; null while it runs.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>How it ended; null while it runs.</summary>
    public ToilOutcome? Outcome { get; init; }

    /// <summary>When the alert's resolved notification arrived, if it did.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>True while the remediation runs.</summary>
    public bool IsOpen => EndedAt is null;

    /// <summary>When the problem is known to be gone: the resolved notification, or the end of a run that found it resolved before acting.</summary>
    public DateTimeOffset? ClearedAt => ResolvedAt ?? (Outcome == ToilOutcome.ResolvedBeforeAction ? EndedAt : null);

    /// <summary>The latest thing known to have happened to it: the later of its end and its resolution.</summary>
    public DateTimeOffset LastSeenAt => new[] { ReceivedAt, EndedAt ?? ReceivedAt, ResolvedAt ?? ReceivedAt }.Max();

    /// <summary>The fact a finished toil ledger row records (its first target only; the ledger keeps no more).</summary>
    public static RemediationFact FromToil(ToilOccurrence occurrence)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        return new()
        {
            RemediationId = occurrence.RemediationId,
            RuleName = occurrence.RuleName,
            ResourceIds = occurrence.Target is { } target ? [target] : [],
            ResourceGroup = ResourceGroupOf(occurrence.Target),
            ReceivedAt = occurrence.OccurredAt,
            EndedAt = occurrence.EndedAt,
            Outcome = occurrence.Outcome,
            ResolvedAt = occurrence.ResolvedAt,
        };
    }

    /// <summary>The <c>subscription/resource-group</c> key of a resource id, lower-case; null when it names none.</summary>
    public static string? ResourceGroupOf(string? resourceId) =>
        resourceId is not null && AzureResourceId.TryParse(resourceId, out var id, out _) && id.ResourceGroup is { } group
            ? $"{id.SubscriptionId}/{group}".ToLowerInvariant()
            : null;
}
