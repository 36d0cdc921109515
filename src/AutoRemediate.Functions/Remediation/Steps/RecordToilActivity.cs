using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Toil;
using Microsoft.DurableTask;
using AutoRemediate.Functions.Toil;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>
/// Writes the ended remediation's toil ledger row. The row key is the remediation id, so a retried activity rewrites
/// the same row. The manual effort comes from the binding as loaded now (a binding removed since counts as unknown).
/// </summary>
internal sealed class RecordToilActivity(IToilLedger ledger, BindingCatalog catalog, IOptions<ToilOptions> options) : TaskActivity<ToilRecording, string>
{
    public const string Name = "RemediationRecordToil";

    public override async Task<string> RunAsync(TaskActivityContext context, ToilRecording input)
    {
        var effort = input.BindingId is { } id ? catalog.Find(id)?.ManualEffortMinutes : null;
        var occurrence = ToilOccurrences.From(input, effort, options.Value.ApprovalReviewMinutes);
        await ledger.RecordAsync(occurrence, CancellationToken.None);
        return occurrence.Outcome.ToString();
    }
}
