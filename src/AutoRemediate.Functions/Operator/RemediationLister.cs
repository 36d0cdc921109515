using System.Text.Json;
using AutoRemediate.Functions.Engine;
using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.Remediation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AutoRemediate.Functions.Operator;

/// <summary>Lists remediation instances (never self-checks) a page at a time, with stage and outcome.</summary>
internal sealed class RemediationLister(DurableTaskClient client)
{
    public async Task<Results<Ok<RemediationPage>, ProblemHttpResult>> ListAsync(
        string? status, string? from, string? to, string? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var (parsed, problem) = RemediationListQuery.Parse(status, from, to, pageSize, continuationToken);
        if (parsed is not { } query)
        {
            return problem!;
        }

        return TypedResults.Ok(await ListAsync(query, cancellationToken));
    }

    /// <summary>One page of remediations for an already validated query.</summary>
    public async Task<RemediationPage> ListAsync(RemediationListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new OrchestrationQuery
        {
            Statuses = query.Statuses,
            CreatedFrom = query.From,
            CreatedTo = query.To,
            PageSize = query.PageSize,
            ContinuationToken = query.ContinuationToken,
            FetchInputsAndOutputs = true,
        };
        await foreach (var page in client.GetAllInstancesAsync(filter).AsPages(query.ContinuationToken, query.PageSize).WithCancellation(cancellationToken))
        {
            return new RemediationPage([.. page.Values.Where(IsRemediation).Select(Describe)], page.ContinuationToken);
        }

        return new RemediationPage([], null);
    }

    public static bool IsRemediation(OrchestrationMetadata instance) =>
        string.Equals(instance.Name, RemediationOrchestration.Name, StringComparison.Ordinal);

    /// <summary>A remediation instance (read with inputs and outputs) as the list shows it.</summary>
    public static RemediationListItem Describe(OrchestrationMetadata instance)
    {
        var status = Read<RemediationStatus>(instance.ReadCustomStatusAs<RemediationStatus>);
        var summary = instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed ? Read<RemediationSummary>(instance.ReadOutputAs<RemediationSummary>) : null;
        var reason = summary?.Reason ?? status?.Reason ?? (instance.RuntimeStatus == OrchestrationRuntimeStatus.Terminated ? instance.SerializedOutput : null);
        var alert = Read<RemediationRequest>(instance.ReadInputAs<RemediationRequest>)?.Alert;
        return new RemediationListItem(
            instance.InstanceId,
            instance.RuntimeStatus.ToString(),
            status?.Stage.ToString(),
            reason,
            summary?.Outcome.ToString(),
            instance.CreatedAt,
            instance.LastUpdatedAt,
            instance.CompletedAt(),
            alert?.RuleName,
            alert?.TargetResourceIds.FirstOrDefault()?.Normalized,
            summary?.BindingId ?? status?.BindingId,
            status?.Runbook,
            alert?.Severity,
            alert is null ? null : [.. alert.TargetResourceIds.Select(t => t.Normalized)],
            summary is { BindingId: not null } ? summary.DryRun : null);
    }

    private static T? Read<T>(Func<T?> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (JsonException)
        {
            // A termination reason is stored as plain text, not JSON.
            return null;
        }
    }
}
