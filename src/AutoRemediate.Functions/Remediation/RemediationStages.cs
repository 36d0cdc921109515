namespace AutoRemediate.Functions.Remediation;

/// <summary>
/// The one state machine of a remediation: every stage and the stages it may move to. The orchestrator moves only
/// through <see cref="Move"/>, so an illegal transition fails loudly instead of recording a story that cannot happen.
/// </summary>
internal static class RemediationStages
{
    public static bool IsTerminal(RemediationStage stage) => Next(stage).Count == 0;

    public static bool CanMove(RemediationStage from, RemediationStage to) => Next(from).Contains(to);

    /// <summary>The stage after a legal move; throws <see cref="InvalidOperationException"/> for an illegal one.</summary>
    public static RemediationStage Move(RemediationStage from, RemediationStage to) =>
        CanMove(from, to) ? to : throw new InvalidOperationException($"A remediation cannot move from {from} to {to}.");

    private static IReadOnlyList<RemediationStage> Next(RemediationStage stage) => stage switch
    {
        RemediationStage.Received => [RemediationStage.Matched, RemediationStage.Unmatched, RemediationStage.Failed],
        RemediationStage.Matched => [RemediationStage.GuardrailsEvaluated, RemediationStage.ResolvedBeforeAction, RemediationStage.Failed],
        RemediationStage.GuardrailsEvaluated =>
        [
            RemediationStage.AwaitingApproval, RemediationStage.Acting, RemediationStage.Blocked, RemediationStage.Escalated,
            RemediationStage.ResolvedBeforeAction, RemediationStage.Failed,
        ],
        RemediationStage.AwaitingApproval =>
        [
            RemediationStage.Approved, RemediationStage.Rejected, RemediationStage.Expired, RemediationStage.ResolvedBeforeAction, RemediationStage.Failed,
        ],
        RemediationStage.Approved =>
        [
            RemediationStage.Acting, RemediationStage.Blocked, RemediationStage.Escalated, RemediationStage.ResolvedBeforeAction, RemediationStage.Failed,
        ],
        RemediationStage.Expired => [RemediationStage.Escalated, RemediationStage.Failed],
        RemediationStage.Acting => [RemediationStage.Verifying, RemediationStage.Escalated, RemediationStage.Failed],
        RemediationStage.Verifying => [RemediationStage.Completed, RemediationStage.Escalated, RemediationStage.Failed],
        RemediationStage.Unmatched or RemediationStage.Rejected or RemediationStage.Completed or RemediationStage.Blocked
            or RemediationStage.Escalated or RemediationStage.ResolvedBeforeAction or RemediationStage.Failed => [],
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Unknown remediation stage."),
    };
}
