using System.Globalization;
using AutoRemediate.Core.Text;
using AutoRemediate.Functions.Operator;
using AutoRemediate.Functions.Remediation;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>
/// The remediation list's filters as the page's form sends them. Status, time range and page go to storage through
/// <see cref="RemediationListQuery"/>; stage, runbook, binding and resource (case-insensitive substrings) are
/// matched on each listed remediation.
/// </summary>
internal sealed record RemediationFilter(string? Status, string? Stage, string? Runbook, string? Binding, string? Resource, string Since, string? Page)
{
    public const int MaxTextLength = 200;

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
    public static RemediationFilter Default { get; } = new(null, null, null, null, null, Ranges[0].Value, null);

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

        return (new RemediationFilter(status, stage, Field("runbook"), Field("binding"), Field("resource"), since, Field("page")), null);
    }

    /// <summary>The storage query for one page of <paramref name="pageSize"/> instances; a bad continuation token is a problem.</summary>
    public (RemediationListQuery? Query, string? Problem) ToQuery(DateTimeOffset now, int pageSize)
    {
        var span = Ranges.First(r => r.Value == Since).Span;
        var from = span is { } s ? (now - s).ToString("O", CultureInfo.InvariantCulture) : null;
        var (query, problem) = RemediationListQuery.Parse(Status, from, null, pageSize.ToString(CultureInfo.InvariantCulture), Page);
        return query is null ? (null, problem!.ProblemDetails.Detail) : (query, null);
    }

    public bool Matches(RemediationListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (Stage is null || string.Equals(item.Stage, Stage, StringComparison.Ordinal))
            && Contains(item.Runbook, Runbook)
            && Contains(item.BindingId, Binding)
            && Contains(item.Resource, Resource);
    }

    /// <summary>This filter's query string, with <paramref name="page"/> as the continuation token.</summary>
    public string QueryString(string? page)
    {
        (string Name, string? Value)[] fields = [("status", Status), ("stage", Stage), ("runbook", Runbook), ("binding", Binding), ("resource", Resource), ("since", Since), ("page", page)];
        return string.Join("&", fields.Where(f => f.Value is not null).Select(f => $"{f.Name}={Uri.EscapeDataString(f.Value!)}"));
    }

    private static bool Contains(string? value, string? wanted) =>
        wanted is null || (value is not null && value.Contains(wanted, StringComparison.OrdinalIgnoreCase));
}
