using AutoRemediate.Durable.Store;
using AutoRemediate.Storage.Tables;

namespace AutoRemediate.Storage.Durable;

/// <summary>The cross-partition filters over state rows (every value goes through <see cref="TableFilter"/>).</summary>
internal static class InstanceFilters
{
    private static readonly OrchestrationRuntimeStatus[] Unfinished = [OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running];

    private static readonly OrchestrationRuntimeStatus[] Terminal =
        [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated];

    public static string Query(InstanceQuery query)
    {
        var parts = new List<string> { StateRows() };
        if (query.RuntimeStatus is { } statuses)
        {
            parts.Add(AnyStatus(statuses));
        }

        if (query.CreatedFrom is { } from)
        {
            parts.Add(TableFilter.Create($"CreatedAt ge {from}"));
        }

        if (query.CreatedTo is { } to)
        {
            parts.Add(TableFilter.Create($"CreatedAt le {to}"));
        }

        return string.Join(" and ", parts);
    }

    public static string ExpiredLeases(DateTimeOffset now) =>
        string.Join(" and ", StateRows(), AnyStatus(Unfinished), TableFilter.Create($"LeaseOwner ne {string.Empty} and LeaseExpiresAt lt {now}"));

    public static string Purgeable(DateTimeOffset completedBefore) =>
        string.Join(" and ", StateRows(), AnyStatus(Terminal), TableFilter.Create($"CompletedAt lt {completedBefore}"));

    private static string StateRows() => TableFilter.Create($"RowKey eq {InstanceKeys.StateRowKey}");

    private static string AnyStatus(IEnumerable<OrchestrationRuntimeStatus> statuses) =>
        "(" + string.Join(" or ", statuses.Order().Select(s => TableFilter.Create($"RuntimeStatus eq {s.ToString()}"))) + ")";
}
