using System.Globalization;
using AutoRemediate.Core.Audit;
using AutoRemediate.Core.Bindings;
using Microsoft.DurableTask;
using AutoRemediate.Runbooks.Actions;

namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>
/// <c>drain-queue</c>: takes a poison queue's backlog off it, either back onto the queue it came from or into an archive
/// table, at a set pace and up to a set number per run, each message exactly once (see <see cref="QueueDrainWorker"/>).
/// </summary>
/// <remarks>
/// WARNING: orchestration code, replayed from history. Changing the order or number of activity calls and timers breaks
/// remediations in flight.
/// </remarks>
internal sealed class DrainQueueRunbook : IRunbook
{
    public const string RunbookName = "drain-queue";

    /// <summary>Empty batches in a row (messages still hidden by a crashed attempt) before the run stops waiting.</summary>
    public const int MaxEmptyRounds = 3;

    private static readonly TaskOptions BatchRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromSeconds(5), 2));

    public string Name => RunbookName;

    public RunbookRisk Risk => RunbookRisk.Medium;

    public IReadOnlyList<string> AzureActions { get; } =
    [
        "Microsoft.Storage/storageAccounts/queueServices/queues/metadata/read",
        "Microsoft.Storage/storageAccounts/read",
        "Microsoft.Storage/storageAccounts/queueServices/queues/messages/read",
        "Microsoft.Storage/storageAccounts/queueServices/queues/messages/process/action",
        "Microsoft.Storage/storageAccounts/queueServices/queues/messages/add/action",
        "Microsoft.Storage/storageAccounts/queueServices/queues/messages/delete",
        "Microsoft.Storage/storageAccounts/tableServices/tables/write",
        "Microsoft.Storage/storageAccounts/tableServices/tables/entities/read",
        "Microsoft.Storage/storageAccounts/tableServices/tables/entities/add/action",
        "Microsoft.Storage/storageAccounts/tableServices/tables/entities/update/action",
        "Microsoft.Storage/storageAccounts/tableServices/tables/entities/write",
    ];

    public async Task<RunbookResult> RunAsync(RunbookExecution execution)
    {
        ArgumentNullException.ThrowIfNull(execution);
        var (context, journal) = (execution.Context, execution.Journal);
        var (plan, problem) = QueueDrainParameters.Read(execution.Input);
        if (plan is null)
        {
            return await RunbookEnds.EscalateAsync(execution, "drain-parameters", execution.Input.Targets.FirstOrDefault(), problem!);
        }

        var started = context.CurrentUtcDateTime;
        var before = await context.CallActivityAsync<QueueDrainSurvey>(QueueDrainSurveyActivity.Name, plan);
        var target = $"{before.QueueEndpoint.TrimEnd('/')}/{plan.SourceQueue}";
        if (!before.SourceExists || !before.DestinationExists)
        {
            var missing = $"Queue {(before.SourceExists ? plan.DestinationQueue : plan.SourceQueue)} does not exist in {plan.AccountName}; nothing was moved.";
            return await RunbookEnds.EscalateAsync(execution, "drain-target", target, missing);
        }

        if (execution.Input.DryRun)
        {
            var would = Math.Min(before.SourceCount, plan.MaxMessages);
            var summary = $"Dry run: would {(plan.Mode == QueueDrainMode.Move ? "move" : "archive")} {would} of about {before.SourceCount} message(s) from {plan.SourceQueue}; nothing moved.";
            await journal.RecordAsync(new RunbookStep(AuditRecordKind.ActionSucceeded, "drain-dry-run", summary, target, "dry run", Details: SurveyDetails(before, plan)));
            return new RunbookResult(RunbookOutcome.Succeeded, summary);
        }

        await journal.RecordAsync(new RunbookStep(
            AuditRecordKind.ActionStarted, "drain", $"Draining about {before.SourceCount} message(s): {plan.Describe()} at {Rate(plan)}.", target,
            plan.Mode.ToString(), Duration: context.CurrentUtcDateTime - started, Details: SurveyDetails(before, plan)));
        var totals = await DrainAsync(execution, plan, before, target);
        var after = await context.CallActivityAsync<QueueDrainSurvey>(QueueDrainSurveyActivity.Name, plan);
        var outcome = totals.Outcome(plan, after);
        await journal.RecordAsync(new RunbookStep(
            AuditRecordKind.Verification, "drain-verify",
            $"{plan.SourceQueue}: about {before.SourceCount} → {after.SourceCount} message(s)" + (plan.DestinationQueue is { } d ? $"; {d}: about {before.DestinationCount} → {after.DestinationCount}." : "."),
            target, "GET ?comp=metadata", Duration: context.CurrentUtcDateTime - started,
            Details: new Dictionary<string, string> { [Verification.RunbookVerifier.VerdictKey] = outcome.Outcome == RunbookOutcome.Succeeded ? "passed" : "in doubt" }));
        return outcome;
    }

    private static async Task<QueueDrainTotals> DrainAsync(RunbookExecution execution, QueueDrainPlan plan, QueueDrainSurvey survey, string target)
    {
        var context = execution.Context;
        var totals = new QueueDrainTotals();
        var emptyRounds = 0;
        for (var batch = 1; ; batch++)
        {
            var result = await context.CallActivityAsync<QueueDrainBatchResult>(QueueDrainBatchActivity.Name, plan, BatchRetry);
            totals.Add(result);
            await execution.Journal.RecordAsync(BatchSteps(plan, batch, result, target));
            if (result.RunTotal >= plan.MaxMessages)
            {
                totals.StoppedAtLimit = true;
                return totals;
            }

            // The approximate count includes hidden messages, so 0 means nothing is left for a later batch either.
            emptyRounds = result.Received == 0 ? emptyRounds + 1 : 0;
            if (result.SourceRemaining == 0 || emptyRounds > MaxEmptyRounds)
            {
                return totals;
            }

            if (result.Received == 0)
            {
                // Messages a crashed attempt received stay hidden until their visibility timeout; wait for them durably.
                await context.CreateTimer(survey.VisibilityTimeout, CancellationToken.None);
            }
        }
    }

    private static RunbookStep[] BatchSteps(QueueDrainPlan plan, int batch, QueueDrainBatchResult result, string target)
    {
        var details = new Dictionary<string, string>
        {
            ["received"] = Invariant(result.Received),
            ["moved"] = Invariant(result.Moved),
            ["archived"] = Invariant(result.Archived),
            ["alreadyDone"] = Invariant(result.AlreadyDone),
            ["deletesPending"] = Invariant(result.DeletesPending),
            ["runTotal"] = Invariant(result.RunTotal),
            ["sourceRemaining"] = Invariant(result.SourceRemaining),
        };
        var step = new RunbookStep(
            AuditRecordKind.ActionSucceeded, $"drain-batch-{Invariant(batch)}",
            $"Batch {batch}: {(plan.Mode == QueueDrainMode.Move ? $"moved {result.Moved}" : $"archived {result.Archived}")}, finished {result.AlreadyDone} from an earlier attempt; {result.RunTotal} this run, about {result.SourceRemaining} left.",
            target, plan.Mode == QueueDrainMode.Move ? $"move to {plan.DestinationQueue}" : $"archive to table {plan.ArchiveTable}", Duration: result.Duration, Details: details);
        if (result.InDoubt.Count == 0)
        {
            return [step];
        }

        var doubt = new RunbookStep(
            AuditRecordKind.ActionFailed, $"drain-batch-{Invariant(batch)}-in-doubt",
            $"{result.InDoubt.Count} message(s) were mid-move when an earlier attempt stopped; whether they reached {plan.DestinationQueue} is unknown, so they were not put again. Their bodies are in table {plan.ArchiveTable} (Reason InDoubt): check {plan.DestinationQueue} before re-sending.",
            target, "set aside in doubt", Details: new Dictionary<string, string> { ["messageIds"] = string.Join(",", result.InDoubt), ["archiveTable"] = plan.ArchiveTable, ["partitionKey"] = plan.LedgerPartition });
        return [step, doubt];
    }

    private static Dictionary<string, string> SurveyDetails(QueueDrainSurvey survey, QueueDrainPlan plan) => new()
    {
        ["sourceCount"] = Invariant(survey.SourceCount),
        ["destinationCount"] = Invariant(survey.DestinationCount),
        ["maxMessages"] = Invariant(plan.MaxMessages),
        ["rate"] = Rate(plan),
        ["samples"] = string.Join("\n", survey.Samples),
        ["requests"] = string.Join("\n", survey.PlannedRequests),
    };

    private static string Rate(QueueDrainPlan plan) =>
        plan.MessagesPerSecond > 0 ? string.Create(CultureInfo.InvariantCulture, $"{plan.MessagesPerSecond} message(s)/s") : "no rate limit";

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
