using AutoRemediate.Core.Toil;

namespace AutoRemediate.Functions.Toil;

/// <summary>The result of <see cref="ToilReportRunner.RunAsync"/>: the report when this host computed it, null when it skipped the window.</summary>
internal sealed record ToilRunResult(string WindowId, ToilReport? Report)
{
    public override string ToString() => Report is not null
        ? $"toil report {WindowId} generated: {Report.Occurrences.Total} occurrences, {Report.HoursAvoided} h avoided, {Report.HoursRemaining.Total} h remaining"
        : $"toil report {WindowId} skipped: another host holds it or it is already done";
}
