using AutoRemediate.Functions.Operator;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>
/// Pending approval requests for one binding on one set of resources: during an alert storm the same plan is asked
/// for again and again, and an approver wants to see that once, with every request under it.
/// </summary>
internal sealed record ApprovalGroup(string? BindingId, string Runbook, IReadOnlyList<string> Targets, IReadOnlyList<PendingApproval> Requests)
{
    /// <summary>Groups by binding (the runbook when the binding is unknown) and the set of targets, the soonest-expiring group first.</summary>
    public static IReadOnlyList<ApprovalGroup> Of(IReadOnlyList<PendingApproval> pending, Func<string, string?> bindingOf)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(bindingOf);
        return [.. pending
            .Select(p => (Request: p, Binding: bindingOf(p.RemediationId), Targets: p.Targets.Select(t => t.ToLowerInvariant()).Order(StringComparer.Ordinal).ToList()))
            .GroupBy(p => (p.Binding, p.Request.Runbook, Targets: string.Join("\n", p.Targets)))
            .Select(g => new ApprovalGroup(g.Key.Binding, g.Key.Runbook, g.First().Request.Targets, [.. g.Select(p => p.Request).OrderBy(p => p.ExpiresAt)]))
            .OrderBy(g => g.Requests[0].ExpiresAt)];
    }
}
