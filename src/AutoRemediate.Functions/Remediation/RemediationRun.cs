using AutoRemediate.Core.Audit;
using Microsoft.DurableTask;
using AutoRemediate.Functions.Remediation.Steps;

namespace AutoRemediate.Functions.Remediation;

/// <summary>
/// One execution of the remediation orchestrator: its stage, the audit step counter, and the lifecycle events it
/// listens to. Everything here is derived from the input and history, so it is rebuilt identically on replay.
/// </summary>
internal sealed class RemediationRun
{
    private static readonly AuditActor Orchestrator = AuditActor.System("orchestrator");
    private static readonly TaskOptions ToilLedgerRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(maxNumberOfAttempts: 3, firstRetryInterval: TimeSpan.FromSeconds(5), backoffCoefficient: 2));
    private readonly TaskOrchestrationContext context;
    private readonly HashSet<string> seenBodies;
    private int auditSteps;

    public RemediationRun(TaskOrchestrationContext context, RemediationRequest request)
    {
        this.context = context;
        Request = request;
        seenBodies = new HashSet<string>(StringComparer.Ordinal) { request.BodySha256 };
        Resolved = context.WaitForExternalEvent<RemediationRequest>(RemediationOrchestration.AlertResolvedEvent);
        Refired = context.WaitForExternalEvent<RemediationRequest>(RemediationOrchestration.AlertRefiredEvent);
        Status(RemediationStage.Received, "matching a binding");
    }

    public RemediationRequest Request { get; }

    public RemediationStage Stage { get; private set; } = RemediationStage.Received;

    public BindingChoice? Binding { get; set; }

    public GuardrailEvaluation? Evaluation { get; set; }

    public int Refirings { get; private set; }

    /// <summary>Set once a plan was approved, for the toil ledger.</summary>
    public bool Approved { get; set; }

    /// <summary>When approval was asked for, if it was (from history).</summary>
    public DateTimeOffset? ApprovalRequestedAt { get; set; }

    /// <summary>When a human decided on it, if one did (from history).</summary>
    public DateTimeOffset? ApprovalDecidedAt { get; set; }

    public int AuditRecords => auditSteps;

    /// <summary>Completes when the sender reports the alert resolved.</summary>
    public Task<RemediationRequest> Resolved { get; }

    /// <summary>The next repeat firing; replaced after each one is folded.</summary>
    public Task<RemediationRequest> Refired { get; private set; }

    public DateTimeOffset Now => new(context.CurrentUtcDateTime, TimeSpan.Zero);

    public TaskOrchestrationContext Context => context;

    /// <summary>Moves through <see cref="RemediationStages"/> and shows the stage on the status endpoint.</summary>
    public void MoveTo(RemediationStage stage, string reason)
    {
        Stage = RemediationStages.Move(Stage, stage);
        Status(stage, reason);
    }

    /// <summary>An entry with the next step key; append it with <see cref="AuditAsync(AuditEntry[])"/>.</summary>
    public AuditEntry Entry(AuditRecordKind kind, string step, string summary, IReadOnlyDictionary<string, string>? details = null, string? target = null)
    {
        auditSteps++;
        var alert = Request.Alert;
        return new AuditEntry
        {
            RemediationId = Request.InstanceId,
            IdempotencyKey = $"{auditSteps:D3}-{step}",
            Kind = kind,
            Time = Now,
            Actor = Orchestrator,
            Summary = summary,
            CorrelationId = Request.CorrelationId,
            AlertId = alert.Identity,
            BindingId = Binding?.BindingId,
            BindingVersion = Binding?.BindingVersion,
            Runbook = Binding?.Runbook,
            TargetResourceId = target ?? alert.TargetResourceIds.FirstOrDefault()?.Normalized,
            Details = details ?? new Dictionary<string, string>(),
        };
    }

    public Task AuditAsync(params AuditEntry[] entries) => context.CallActivityAsync<int>(AppendAuditActivity.Name, entries);

    public Task AuditAsync(AuditRecordKind kind, string step, string summary, IReadOnlyDictionary<string, string>? details = null) =>
        AuditAsync(Entry(kind, step, summary, details));

    /// <summary>
    /// Folds every repeat firing delivered so far (each distinct body once: events are at least once) and reports
    /// whether the alert was resolved. Called between steps, so the answer follows history order on replay.
    /// </summary>
    public async Task<bool> CheckEventsAsync()
    {
        while (Refired.IsCompleted)
        {
            var refired = await Refired;
            Refired = context.WaitForExternalEvent<RemediationRequest>(RemediationOrchestration.AlertRefiredEvent);
            if (seenBodies.Add(refired.BodySha256))
            {
                Refirings++;
                await context.CallActivityAsync<string>(RecordRefiringActivity.Name, refired);
                await AuditAsync(
                    AuditRecordKind.Folded,
                    "folded",
                    $"The alert fired again (notification {refired.BodySha256[..12]}, received {refired.ReceivedAt:u}); folded into this remediation, repeat {Refirings}.",
                    new Dictionary<string, string> { ["bodySha256"] = refired.BodySha256, ["correlationId"] = refired.CorrelationId });
            }
        }

        return Resolved.IsCompleted;
    }

    /// <summary>Writes the Outcome record, then the toil ledger row, moves to the terminal stage and builds the output.</summary>
    /// <remarks>
    /// WARNING: the ledger activity comes after the Outcome record and only when the input asks for it
    /// (<see cref="RemediationRequest.RecordsToil"/>), so remediations started by an older build replay unchanged.
    /// </remarks>
    public async Task<RemediationSummary> EndAsync(RemediationStage outcome, string reason)
    {
        var details = new Dictionary<string, string> { ["outcome"] = outcome.ToString(), ["refirings"] = Refirings.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (Evaluation is { } evaluation)
        {
            details["dryRun"] = evaluation.DryRun ? "true" : "false";
        }

        RemediationStages.Move(Stage, outcome);
        await AuditAsync(AuditRecordKind.Outcome, "outcome", $"{outcome}: {reason}", details);
        if (Request.RecordsToil)
        {
            await RecordToilAsync(outcome, reason);
        }

        MoveTo(outcome, reason);
        return new RemediationSummary(
            outcome, reason, Binding?.BindingId, Binding?.BindingVersion, Evaluation?.Summary, Evaluation?.DryRun ?? Binding?.DryRun ?? true, Refirings, AuditRecords);
    }

    private async Task RecordToilAsync(RemediationStage outcome, string reason)
    {
        var alert = Request.Alert;
        var recording = new ToilRecording(
            Request.InstanceId, alert.RuleName, alert.Source.ToString(), alert.Severity, alert.TargetResourceIds.FirstOrDefault()?.Normalized,
            Request.ReceivedAt, Now, outcome, Stage, Evaluation?.DryRun ?? Binding?.DryRun ?? true, Approved,
            Binding?.BindingId, Binding?.BindingVersion, Binding?.Runbook, ApprovalRequestedAt, ApprovalDecidedAt, Refirings, reason);
        try
        {
            await context.CallActivityAsync<string>(RecordToilActivity.Name, recording, ToilLedgerRetry);
        }
        catch (TaskFailedException)
        {
            // Accounting must never change how a remediation ends: the worker logged the failure, the row is missing.
        }
    }

    private void Status(RemediationStage stage, string reason) => context.SetCustomStatus(new RemediationStatus(stage, reason, Binding?.BindingId, Binding?.Runbook));
}
