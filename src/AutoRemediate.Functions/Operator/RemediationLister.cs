using System.Text.Json;
using AutoRemediate.Durable.Client;
using AutoRemediate.Durable.Store;
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

        var page = await client.QueryInstancesAsync(
            new InstanceQuery
            {
                RuntimeStatus = query.Statuses,
                CreatedFrom = query.From,
                CreatedTo = query.To,
                PageSize = query.PageSize,
                ContinuationToken = query.ContinuationToken,
            },
            getInputsAndOutputs: true,
            cancellationToken);
        var items = page.Instances.Where(IsRemediation).Select(Item).ToList();
        return TypedResults.Ok(new RemediationPage(items, page.ContinuationToken));
    }

    public static bool IsRemediation(OrchestrationMetadata instance) =>
        string.Equals(instance.Name, RemediationOrchestration.Name, StringComparison.Ordinal);

    private static RemediationListItem Item(OrchestrationMetadata instance)
    {
        var status = Read<RemediationStatus>(instance.ReadCustomStatusAs<RemediationStatus>);
        var summary = instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed ? Read<RemediationSummary>(instance.ReadOutputAs<RemediationSummary>) : null;
        var reason = summary?.Reason ?? status?.Reason ?? (instance.RuntimeStatus == OrchestrationRuntimeStatus.Terminated ? instance.SerializedOutput : null);
        return new RemediationListItem(
            instance.InstanceId,
            instance.RuntimeStatus.ToString(),
            status?.Stage.ToString(),
            reason,
            summary?.Outcome.ToString(),
            instance.CreatedAt,
            instance.LastUpdatedAt,
            instance.CompletedAt);
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
