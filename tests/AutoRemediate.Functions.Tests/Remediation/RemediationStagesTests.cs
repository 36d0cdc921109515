using AutoRemediate.Functions.Remediation;

namespace AutoRemediate.Functions.Tests.Remediation;

/// <summary>The one state machine of a remediation.</summary>
public sealed class RemediationStagesTests
{
    [Fact]
    public void Exactly_the_outcome_stages_are_terminal()
    {
        RemediationStage[] outcomes =
        [
            RemediationStage.Unmatched, RemediationStage.Rejected, RemediationStage.Completed, RemediationStage.Blocked,
            RemediationStage.Escalated, RemediationStage.ResolvedBeforeAction, RemediationStage.Failed,
        ];

        Assert.Equal(outcomes.Order(), Enum.GetValues<RemediationStage>().Where(RemediationStages.IsTerminal).Order());
    }

    [Fact]
    public void Acting_cannot_end_as_resolved_before_action()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => RemediationStages.Move(RemediationStage.Acting, RemediationStage.ResolvedBeforeAction));

        Assert.Contains("Acting to ResolvedBeforeAction", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_stage_is_reachable_from_Received()
    {
        var reached = new HashSet<RemediationStage> { RemediationStage.Received };
        var frontier = new Queue<RemediationStage>(reached);
        while (frontier.TryDequeue(out var from))
        {
            foreach (var to in Enum.GetValues<RemediationStage>().Where(to => RemediationStages.CanMove(from, to) && reached.Add(to)))
            {
                frontier.Enqueue(to);
            }
        }

        Assert.Equal(Enum.GetValues<RemediationStage>().Order(), reached.Order());
    }
}
