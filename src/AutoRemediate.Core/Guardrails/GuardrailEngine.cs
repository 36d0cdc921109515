namespace AutoRemediate.Core.Guardrails;

/// <summary>
/// Evaluates every guardrail, always all of them and always in the same order, and combines their verdicts.
/// Pure and deterministic: the same request gives the same decision.
/// </summary>
/// <remarks>
/// <para>Order (<see cref="EvaluationOrder"/>): operator intent first (kill-switch, scope, change-windows), then the
/// health of automation itself (circuit-breaker, flap-detection), size (blast-radius), pace (cooldown, rate-limit,
/// concurrency), risk gates (error-budget, then approval-policy, which sees the earlier verdicts), and finally the
/// execution mode (dry-run). Nothing short-circuits, so the audit log always explains every reason at once.</para>
/// <para>Combination: any Escalate → <see cref="DecisionOutcome.Escalate"/> (paging a human is the stronger
/// response to "automation is not working" than a silent block); else any Block → <see cref="DecisionOutcome.Blocked"/>;
/// else any RequireApproval → <see cref="DecisionOutcome.ProceedAfterApproval"/>; else <see cref="DecisionOutcome.Proceed"/>.
/// Dry run never changes the outcome; it is carried in <see cref="GuardrailDecision.DryRun"/>.</para>
/// </remarks>
public sealed class GuardrailEngine
{
    private readonly IReadOnlyList<IGuardrail> guardrails =
    [
        new KillSwitchGuardrail(),
        new ScopeGuardrail(),
        new ChangeWindowGuardrail(),
        new CircuitBreakerGuardrail(),
        new FlapDetectionGuardrail(),
        new BlastRadiusGuardrail(),
        new CooldownGuardrail(),
        new RateLimitGuardrail(),
        new ConcurrencyGuardrail(),
        new ErrorBudgetGuardrail(),
        new ApprovalPolicyGuardrail(),
        new DryRunGuardrail(),
    ];

    /// <summary>Guardrail names in evaluation order.</summary>
    public IReadOnlyList<string> EvaluationOrder => guardrails.Select(g => g.Name).ToArray();

    /// <summary>Evaluates <paramref name="request"/> against every guardrail.</summary>
    public GuardrailDecision Evaluate(GuardrailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var verdicts = new List<GuardrailVerdict>(guardrails.Count);
        foreach (var guardrail in guardrails)
        {
            verdicts.Add(guardrail.Evaluate(request, verdicts));
        }

        var outcome = Combine(verdicts);
        var dryRun = request.Binding.DryRun || request.Context.DryRun;
        var binding = request.Binding;
        return new GuardrailDecision
        {
            Outcome = outcome,
            Verdicts = verdicts,
            DryRun = dryRun,
            Summary = Summarize(outcome, verdicts, request, dryRun),
            Approval = outcome == DecisionOutcome.ProceedAfterApproval ? binding.Approval : null,
            Batches = BatchPlanner.Plan(request.Plan.Targets, binding.Guardrails.BlastRadius, request.Context.FleetSize),
            BindingVersion = $"{binding.Id} v{binding.Version} sha256:{binding.ContentHash[..Math.Min(12, binding.ContentHash.Length)]}",
            EvaluatedAt = request.Context.Now,
        };
    }

    private static DecisionOutcome Combine(IReadOnlyList<GuardrailVerdict> verdicts) =>
        verdicts.Any(v => v.Outcome == GuardrailOutcome.Escalate) ? DecisionOutcome.Escalate
        : verdicts.Any(v => v.Outcome == GuardrailOutcome.Block) ? DecisionOutcome.Blocked
        : verdicts.Any(v => v.Outcome == GuardrailOutcome.RequireApproval) ? DecisionOutcome.ProceedAfterApproval
        : DecisionOutcome.Proceed;

    private static string Summarize(DecisionOutcome outcome, IReadOnlyList<GuardrailVerdict> verdicts, GuardrailRequest request, bool dryRun)
    {
        var mode = dryRun ? " (dry run)" : string.Empty;
        var subject = $"{request.Plan.Runbook} of {string.Join(", ", request.Plan.Targets.Select(t => t.Name))}";
        var notPassed = verdicts.Where(v => v.Outcome != GuardrailOutcome.Pass).Select(v => $"Guardrail '{v.Name}': {v.Reason}").ToArray();
        return outcome switch
        {
            DecisionOutcome.Proceed => $"Proceed{mode}: {subject}; all {verdicts.Count} guardrails passed",
            DecisionOutcome.ProceedAfterApproval => $"Approval needed{mode} for {subject}. {string.Join(" ", notPassed.Select(Sentence))}",
            DecisionOutcome.Blocked => $"Blocked{mode}: {subject}. {string.Join(" ", notPassed.Select(Sentence))}",
            _ => $"Escalate{mode}: {subject}. {string.Join(" ", notPassed.Select(Sentence))}",
        };
    }

    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";
}
