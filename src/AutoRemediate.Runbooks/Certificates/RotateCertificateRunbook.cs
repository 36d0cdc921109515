using System.Globalization;
using AutoRemediate.Core.Audit;
using AutoRemediate.Core.Bindings;
using Microsoft.DurableTask;
using AutoRemediate.Runbooks.Actions;

namespace AutoRemediate.Runbooks.Certificates;

/// <summary>
/// <c>rotate-certificate</c>: a new version of a Key Vault certificate with its own policy, polled with durable timers,
/// verified against the old one, then re-imported by the App Service certificates that use it. Never deletes a version.
/// </summary>
/// <remarks>
/// WARNING: orchestration code, replayed from history. Changing the order or number of activity calls and timers breaks
/// remediations in flight.
/// </remarks>
internal sealed class RotateCertificateRunbook : IRunbook
{
    public const string RunbookName = "rotate-certificate";

    private static readonly TaskOptions ReadRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromSeconds(10), 2));

    public string Name => RunbookName;

    public RunbookRisk Risk => RunbookRisk.High;

    public IReadOnlyList<string> AzureActions { get; } =
    [
        "Microsoft.KeyVault/vaults/certificates/read",
        "Microsoft.KeyVault/vaults/read",
        "Microsoft.KeyVault/vaults/certificates/create/action",
        "Microsoft.Web/certificates/read",
        "Microsoft.Web/certificates/write",
    ];

    public async Task<RunbookResult> RunAsync(RunbookExecution execution)
    {
        ArgumentNullException.ThrowIfNull(execution);
        var (context, journal) = (execution.Context, execution.Journal);
        var (target, problem) = CertificateParameters.Read(execution.Input);
        if (target is null)
        {
            return await RunbookEnds.EscalateAsync(execution, "certificate-parameters", null, problem!);
        }

        var started = context.CurrentUtcDateTime;
        var old = await context.CallActivityAsync<CertificateSnapshot>(CertificateInspectActivity.Name, target, ReadRetry);
        var current = string.Create(CultureInfo.InvariantCulture, $"{target.Name} version {old.Version} expires {old.Expires:O}; policy validity {old.ValidityMonths} month(s); {old.VersionIds.Count} version(s).");

        if (execution.Input.DryRun)
        {
            var plan = await context.CallActivityAsync<CertificateStepResult>(CertificatePlanActivity.Name, target);
            await journal.RecordAsync(Step(AuditRecordKind.ActionSucceeded, "certificate-dry-run", plan with { Summary = $"{current} {plan.Summary}" }, target.Id, started, context, plan.Requests));
            return new RunbookResult(RunbookOutcome.Succeeded, plan.Summary);
        }

        var input = new CertificateVerifyInput(target, old);
        await journal.RecordAsync(new RunbookStep(
            AuditRecordKind.ActionStarted, "certificate-create-start", $"{current} Creating a new version with the existing policy.", target.Id, $"POST {target.Id}/create", old.RequestId));
        var begin = await context.CallActivityAsync<CertificateStepResult>(CertificateBeginActivity.Name, input);
        await journal.RecordAsync(Step(AuditRecordKind.ActionSucceeded, "certificate-create", begin, target.Id, started, context));
        if (!begin.Is("already-rotated") && await WaitForOperationAsync(execution, target) is { } failure)
        {
            return failure;
        }

        var verification = await context.CallActivityAsync<CertificateVerification>(CertificateVerifyActivity.Name, input, ReadRetry);
        await journal.RecordAsync(new RunbookStep(
            verification.Passed ? AuditRecordKind.Verification : AuditRecordKind.ActionFailed, "certificate-verify", verification.Summary, target.Id,
            $"GET {target.Id}", verification.New.RequestId, context.CurrentUtcDateTime - started,
            new Dictionary<string, string> { [Verification.RunbookVerifier.VerdictKey] = verification.Passed ? "passed" : "failed", ["newVersion"] = verification.New.Version, ["oldVersion"] = old.Version }));
        if (!verification.Passed)
        {
            return new RunbookResult(RunbookOutcome.Failed, verification.Summary);
        }

        return await RefreshConsumersAsync(execution, target, verification);
    }

    /// <summary>Polls Key Vault with durable timers in between; null once the operation completed.</summary>
    private static async Task<RunbookResult?> WaitForOperationAsync(RunbookExecution execution, CertificateTarget target)
    {
        var context = execution.Context;
        var deadline = context.CurrentUtcDateTime + target.PollTimeout;
        for (var poll = 1; ; poll++)
        {
            var check = await context.CallActivityAsync<CertificateStepResult>(CertificateCheckActivity.Name, target, ReadRetry);
            if (check.Is("completed"))
            {
                return null;
            }

            if (!check.Is("inProgress"))
            {
                await execution.Journal.RecordAsync(new RunbookStep(AuditRecordKind.ActionFailed, "certificate-operation", check.Summary, target.Id, check.Operation, check.RequestId));
                return await RunbookEnds.EscalateAsync(execution, "certificate-operation-escalated", target.Id, check.Summary);
            }

            if (context.CurrentUtcDateTime >= deadline)
            {
                var late = $"The new version of {target.Name} was still being issued after {target.PollTimeout} ({poll} checks); the current version is untouched.";
                return await RunbookEnds.EscalateAsync(execution, "certificate-operation-timeout", target.Id, late);
            }

            await context.CreateTimer(target.PollInterval, CancellationToken.None);
        }
    }

    private static async Task<RunbookResult> RefreshConsumersAsync(RunbookExecution execution, CertificateTarget target, CertificateVerification verification)
    {
        var stale = new List<string>();
        for (var index = 0; index < target.Consumers.Count; index++)
        {
            var consumer = target.Consumers[index];
            var started = execution.Context.CurrentUtcDateTime;
            var refresh = await execution.Context.CallActivityAsync<CertificateStepResult>(
                CertificateRefreshActivity.Name, new CertificateRefreshInput(consumer, verification.New.Thumbprint), ReadRetry);
            await execution.Journal.RecordAsync(Step(
                refresh.Is("refreshed") ? AuditRecordKind.ActionSucceeded : AuditRecordKind.ActionFailed, $"certificate-refresh-{(index + 1).ToString(CultureInfo.InvariantCulture)}", refresh, consumer, started, execution.Context));
            if (!refresh.Is("refreshed"))
            {
                stale.Add(consumer);
            }
        }

        return stale.Count == 0
            ? new RunbookResult(RunbookOutcome.Succeeded, $"{verification.Summary} {target.Consumers.Count} consumer(s) serve it.")
            : await RunbookEnds.EscalateAsync(execution, "certificate-refresh-escalated", target.Id, $"{verification.Summary} Still serving the old certificate: {string.Join(", ", stale)}.");
    }

    private static RunbookStep Step(AuditRecordKind kind, string step, CertificateStepResult result, string target, DateTime started, TaskOrchestrationContext context, IReadOnlyList<string>? requests = null) =>
        new(kind, step, result.Summary, target, result.Operation, result.RequestId, context.CurrentUtcDateTime - started,
            requests is null ? null : new Dictionary<string, string> { ["requests"] = string.Join("\n", requests) });
}
