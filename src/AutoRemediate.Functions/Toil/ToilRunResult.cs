using AutoRemediate.Core.Toil;

namespace AutoRemediate.Functions.Toil;

/// <summary>The result of <see cref="ToilReportRunner.RunAsync"/>: the report when this host computed it.</summary>
internal sealed record ToilRunResult(string WindowId, ToilRunStatus Status, ToilReport? Report, bool PostedToTeams)
{
    public override string ToString() => Status == ToilRunStatus.Generated
        ? $"toil report {WindowId} generated: {Report!.Occurrences.Total} occurrences, {Report.HoursAvoided} h avoided, {Report.HoursRemaining.Total} h remaining"
        : $"toil report {WindowId} skipped: another host holds it or it is already done";
}
