using AutoRemediate.Core.Toil;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Remediation.Steps;
using AutoRemediate.Functions.Toil;

namespace AutoRemediate.Functions.Tests.Toil;

/// <summary>How a remediation's end becomes a ledger outcome and human minutes.</summary>
public sealed class ToilOccurrencesTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Completed", "Verifying", true, false, ToilOutcome.DryRun)]
    [InlineData("Completed", "Verifying", false, false, ToilOutcome.AutoRemediated)]
    [InlineData("Completed", "Verifying", false, true, ToilOutcome.RemediatedAfterApproval)]
    [InlineData("Unmatched", "Received", true, false, ToilOutcome.Unmatched)]
    [InlineData("Blocked", "GuardrailsEvaluated", true, false, ToilOutcome.Suppressed)]
    [InlineData("ResolvedBeforeAction", "Matched", true, false, ToilOutcome.ResolvedBeforeAction)]
    [InlineData("Escalated", "GuardrailsEvaluated", true, false, ToilOutcome.Escalated)]
    [InlineData("Rejected", "AwaitingApproval", true, false, ToilOutcome.Escalated)]
    [InlineData("Escalated", "Acting", true, true, ToilOutcome.Failed)]
    [InlineData("Failed", "Matched", true, false, ToilOutcome.Failed)]
    public void Remediation_end_maps_to_its_toil_outcome(string end, string before, bool dryRun, bool approved, ToilOutcome expected)
    {
        var recording = Recording(Enum.Parse<RemediationStage>(end), Enum.Parse<RemediationStage>(before), dryRun, approved);

        Assert.Equal(expected, ToilOccurrences.Outcome(recording));
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(45, 5)]
    public void Approval_costs_its_latency_capped_at_the_review_time(int decidedAfterMinutes, double expected)
    {
        var recording = Recording(RemediationStage.Completed, RemediationStage.Verifying, false, true) with
        {
            ApprovalRequestedAt = Received.AddMinutes(1),
            ApprovalDecidedAt = Received.AddMinutes(1 + decidedAfterMinutes),
        };

        Assert.Equal(expected, ToilOccurrences.From(recording, 20, approvalReviewMinutes: 5).HumanMinutes);
    }

    [Fact]
    public void Expired_approval_costs_no_human_minutes()
    {
        var recording = Recording(RemediationStage.Escalated, RemediationStage.Expired, true, false) with { ApprovalRequestedAt = Received };

        Assert.Equal(0, ToilOccurrences.From(recording, 20, approvalReviewMinutes: 5).HumanMinutes);
    }

    private static ToilRecording Recording(RemediationStage end, RemediationStage before, bool dryRun, bool approved) => new(
        "am-1", "checkout-5xx", "AzureMonitor", 1, null, Received, Received.AddMinutes(5), end, before, dryRun, approved,
        "b", 1, "restart", null, null, 0, "test");
}
