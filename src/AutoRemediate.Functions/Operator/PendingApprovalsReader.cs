using AutoRemediate.Core.Approvals;

namespace AutoRemediate.Functions.Operator;

/// <summary>Lists pending approval requests from the approvals store, when approvals are enabled.</summary>
internal sealed class PendingApprovalsReader(IServiceProvider services)
{
    public async Task<PendingApprovals> ListAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IApprovalStore>() is not { } store)
        {
            return new PendingApprovals(false, []);
        }

        var pending = await store.ListPendingAsync(cancellationToken);
        return new PendingApprovals(true, [.. pending.Select(r => new PendingApproval(
            r.RequestId, r.RemediationId, r.Alert.RuleName, r.Alert.Severity, r.Runbook, r.Targets, r.Operations,
            r.RequestedBy, r.Quorum, r.RequestedAt, r.ExpiresAt))]);
    }
}
