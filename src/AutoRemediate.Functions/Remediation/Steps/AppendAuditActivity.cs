using AutoRemediate.Core.Audit;
using Microsoft.DurableTask;
using AutoRemediate.Functions.Hosting;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>
/// Appends entries to the remediation's chain in order. Each entry's idempotency key is fixed by the orchestrator
/// (step counter + step name), so a retried activity returns the stored records and appends nothing twice.
/// </summary>
internal sealed class AppendAuditActivity(IAuditLog audit) : TaskActivity<IReadOnlyList<AuditEntry>, int>
{
    public const string Name = "RemediationAppendAudit";

    public override async Task<int> RunAsync(TaskActivityContext context, IReadOnlyList<AuditEntry> input)
    {
        foreach (var entry in input)
        {
            // The writer's version, not the orchestrator's: an upgraded worker replaying old history writes its own.
            await audit.AppendAsync(entry with { AppVersion = HostInfo.AppVersion }, CancellationToken.None);
        }

        return input.Count;
    }
}
