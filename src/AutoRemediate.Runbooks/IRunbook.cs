using AutoRemediate.Core.Bindings;

namespace AutoRemediate.Runbooks;

/// <summary>
/// A coded runbook: orchestration code that runs inside the remediation orchestration after guardrails and approval
/// have allowed it. Every side effect (Azure call, queue move, clock read) happens in an activity it calls through
/// <see cref="RunbookExecution.Context"/>, so the runbook replays deterministically and is safe to resume after a crash.
/// </summary>
/// <remarks>
/// WARNING: in-flight remediations replay runbook code. Changing the order or number of activity calls and timers
/// breaks them; register changed logic under a new activity name.
/// </remarks>
public interface IRunbook
{
    /// <summary>The name bindings use (<c>runbook.name</c>), e.g. <c>restart</c>.</summary>
    string Name { get; }

    /// <summary>The declared risk, used by approval conditions.</summary>
    RunbookRisk Risk { get; }

    /// <summary>
    /// Every Azure RBAC action the runbook's live calls need (e.g. <c>Microsoft.Web/sites/restart/action</c>); the
    /// deployment's custom role is checked against this list, so it must name exactly what the code calls.
    /// </summary>
    IReadOnlyList<string> AzureActions { get; }

    /// <summary>
    /// Acts on the execution's targets (or, when <see cref="RunbookInput.DryRun"/>, resolves them and records the exact
    /// requests it would send), verifies, rolls back where meaningful, and records each step in the journal.
    /// </summary>
    Task<RunbookResult> RunAsync(RunbookExecution execution);
}
