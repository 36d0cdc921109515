using AutoRemediate.Core.Guardrails;
using Microsoft.DurableTask;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>
/// Re-evaluates on fresh state and records the run start (cooldown, rate, concurrency, flap) conditional on that
/// snapshot, so two remediations deciding at once cannot both slip under a limit. Time may have passed since the
/// first evaluation (an approval wait), so the kill switch or a cooldown engaged meanwhile still stops the run.
/// </summary>
internal sealed class StartRunActivity(GuardrailEvaluator evaluator, IGuardrailStateStore store, ILogger<StartRunActivity> logger)
    : TaskActivity<GuardrailCheck, RunStart>
{
    public const string Name = "RemediationStartRun";
    private const int MaxAttempts = 10;

    public override async Task<RunStart> RunAsync(TaskActivityContext context, GuardrailCheck input)
    {
        // A lost race changes the stored state, not what Azure said about the targets: only the state is read again.
        var reading = await evaluator.ReadAsync(input.Alert, input.BindingId, CancellationToken.None);
        for (var attempt = 1; ; attempt++)
        {
            var (request, decision, snapshot) = await evaluator.EvaluateAsync(reading, CancellationToken.None);
            var evaluation = GuardrailEvaluation.From(decision, request.Plan);
            if (snapshot.RunningRemediationIds.Contains(input.RemediationId, StringComparer.Ordinal))
            {
                // A retry of this activity after its start landed: our own start now shows as cooldown and load.
                return new RunStart(true, evaluation);
            }

            var mayStart = decision.Outcome == DecisionOutcome.Proceed
                || (decision.Outcome == DecisionOutcome.ProceedAfterApproval && input.Approved);
            if (!mayStart)
            {
                return new RunStart(false, evaluation);
            }

            var update = GuardrailStateUpdate.RunStarted(request.Context, input.Alert, request.Plan, decision.DryRun);
            var outcome = await store.ApplyAsync(update, input.RemediationId, CancellationToken.None);
            logger.GuardrailStateApplied(input.RemediationId, "run started", outcome.ToString());
            if (outcome != GuardrailApplyOutcome.Conflict)
            {
                return new RunStart(true, evaluation);
            }

            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"Guardrail state changed under {MaxAttempts} consecutive start attempts; the activity is retried.");
            }
        }
    }
}
