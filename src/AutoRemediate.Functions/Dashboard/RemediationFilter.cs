using System.Globalization;
using AutoRemediate.Core.Text;
using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.Operator;
using AutoRemediate.Functions.Remediation;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>
/// The remediation list's filters, order and page as the query string carries them. Status and time range go to
/// storage through <see cref="RemediationListQuery"/>; stage, runbook, binding and resource (case-insensitive
/// substrings, any target) are matched on each listed remediation. <c>stage=Failed</c> also matches a remediation
/// whose orchestration itself failed, so "failed" means the same in the summary strip and in the list it links to.
/// </summary>
internal sealed record RemediationFilter(
    string? Status, string? Stage, string? Runbook, string? Binding, string? Resource, string Since, string? Page, RemediationSort Sort, RemediationCursor? Cursor = null)
{
    public const int MaxTextLength = 200;
    private const string FailedStage = "Failed";

    /// <summary>Time ranges offered, as (value, label, span); the first is the default.</summary>
    public static readonly IReadOnlyList<(string Value, string Label, TimeSpan? Span)> Ranges =
    [
        ("7d", "Last 7 days", TimeSpan.FromDays(7)),
        ("1h", "Last hour", TimeSpan.FromHours(1)),
        ("24h", "Last 24 hours", TimeSpan.FromDays(1)),
        ("30d", "Last 30 days", TimeSpan.FromDays(30)),
        ("all", "All time", null),
    ];

    public static readonly IReadOnlyList<string> Statuses = ["Running", "Pending", "Completed", "Failed", "Terminated"];

    /// <summary>No filter: the default time range, first page.</summary>
    public static RemediationFilter Default { get; } = new(null, null, null, null, null, Ranges[0].Value, null, RemediationSort.Default);

    /// <summary>Reads the form's fields; a bad value is reported naming its field, and nothing is queried.</summary>
    public static (RemediationFilter? Filter, string? Problem) Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? Field(string name) => string.IsNullOrWhiteSpace(query[name]) ? null : query[name].ToString().Trim();
        var (status, stage, since) = (Field("status"), Field("stage"), Field("since") ?? Ranges[0].Value);
        if (status is not null && !Statuses.Contains(status, StringComparer.Ordinal))
        {
            return (null, $"status: '{UntrustedText.Echo(status)}' is not one of {string.Join(", ", Statuses)}");
        }

        if (stage is not null && (!stage.All(char.IsAsciiLetter) || !Enum.TryParse<RemediationStage>(stage, ignoreCase: false, out _)))
        {
            return (null, $"stage: '{UntrustedText.Echo(stage!)}' is not one of {string.Join(", ", Enum.GetNames<RemediationStage>())}");
        }

        if (!Ranges.Any(r => r.Value == since))
        {
            return (null, $"since: '{UntrustedText.Echo(since)}' is not one of {string.Join(", ", Ranges.Select(r => r.Value))}");
        }

        foreach (var name in new[] { "runbook", "binding", "resource" })
        {
            if (Field(name) is { } text && (text.Length > MaxTextLength || text.Any(char.IsControl)))
            {
                return (null, $"{name}: at most {MaxTextLength} printable characters");
            }
        }

        var (sort, sortProblem) = RemediationSort.Parse(Field("sort"), Field("order"));
        if (sort is null)
        {
            return (null, sortProblem);
        }

        var page = Field("page");
        var cursor = page is null ? null : RemediationCursor.Parse(page, sort);
        if (page is not null && cursor is null)
        {
            return (null, "page: not a page link this list gave (the order may have changed); start again from the first page");
        }

        return (new RemediationFilter(status, stage, Field("runbook"), Field("binding"), Field("resource"), since, page, sort, cursor), null);
    }

    /// <summary>
    /// The storage query that reads this filter's time range <paramref name="pageSize"/> instances at a time. Newest
    /// first with a cursor, nothing created after the cursor can be on the page, so storage is asked for less.
    /// </summary>
    public RemediationListQuery ToQuery(DateTimeOffset now, int pageSize)
    {
        var span = Ranges.First(r => r.Value == Since).Span;
        var from = span is { } s ? now - s : (DateTimeOffset?)null;
        // Padded by a millisecond so a store that rounds stored times can never drop the cursor's neighbours; the cursor itself decides.
        var to = Sort == RemediationSort.Default ? Cursor?.CreatedAt.AddMilliseconds(1) : null;
        IReadOnlySet<OrchestrationRuntimeStatus>? statuses = Status is null ? null : new HashSet<OrchestrationRuntimeStatus> { Enum.Parse<OrchestrationRuntimeStatus>(Status) };
        return new RemediationListQuery(statuses, from, to, pageSize, null);
    }

    public bool Matches(RemediationListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (Status is null || string.Equals(item.RuntimeStatus, Status, StringComparison.Ordinal))
            && (Stage is null || string.Equals(item.Stage, Stage, StringComparison.Ordinal) || (Stage == FailedStage && item.RuntimeStatus == FailedStage))
            && Contains(item.Runbook, Runbook)
            && Contains(item.BindingId, Binding)
            && (Resource is null || (item.Resources ?? (item.Resource is null ? [] : [item.Resource])).Any(r => Contains(r, Resource)));
    }

    /// <summary>This filter's query string in <paramref name="sort"/> order (default: its own), from <paramref name="page"/> (a cursor) on.</summary>
    public string QueryString(string? page, RemediationSort? sort = null)
    {
        var order = sort ?? Sort;
        var sortKey = order == RemediationSort.Default ? null : order.Key;
        var sortOrder = order == RemediationSort.Default ? null : order.Order;
        (string Name, string? Value)[] fields =
            [("status", Status), ("stage", Stage), ("runbook", Runbook), ("binding", Binding), ("resource", Resource), ("since", Since), ("sort", sortKey), ("order", sortOrder), ("page", page)];
        return string.Join("&", fields.Where(f => f.Value is not null).Select(f => $"{f.Name}={Uri.EscapeDataString(f.Value!)}"));
    }

    private static bool Contains(string? value, string? wanted) =>
        wanted is null || (value is not null && value.Contains(wanted, StringComparison.OrdinalIgnoreCase));
}
