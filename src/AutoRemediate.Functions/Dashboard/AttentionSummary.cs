using AutoRemediate.Functions.Operator;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>
/// What needs a person in the last 24 hours: each count is exactly what the remediation list shows for the filter
/// <see cref="Filter"/> names, so a number and the list it links to always agree.
/// </summary>
internal sealed record AttentionSummary(int AwaitingApproval, int Escalated, int Failed, int Running, int Total, bool Truncated)
{
    public const string Since = "24h";

    /// <summary>The strip's entries: label, count, the list's query string, and the tone of a non-zero count.</summary>
    public IReadOnlyList<(string Id, string Label, int Count, string Query, string Tone)> Entries =>
    [
        ("awaiting-approval", "Awaiting approval", AwaitingApproval, Filter(stage: "AwaitingApproval"), "warn"),
        ("escalated", "Escalated", Escalated, Filter(stage: "Escalated"), "bad"),
        ("failed", "Failed", Failed, Filter(stage: "Failed"), "bad"),
        ("running", "Running", Running, Filter(status: "Running"), "run"),
        ("total", "All in the last 24 h", Total, Filter(), "none"),
    ];

    public static AttentionSummary Of(IReadOnlyCollection<RemediationListItem> items, bool truncated)
    {
        ArgumentNullException.ThrowIfNull(items);
        int Count(string? status = null, string? stage = null) => items.Count(Matcher(status, stage).Matches);
        return new AttentionSummary(
            Count(stage: "AwaitingApproval"), Count(stage: "Escalated"), Count(stage: "Failed"), Count(status: "Running"), items.Count, truncated);
    }

    /// <summary>The list's query string for one entry; the count uses the same filter through <see cref="Matcher"/>.</summary>
    private static string Filter(string? status = null, string? stage = null) => Matcher(status, stage).QueryString(null);

    private static RemediationFilter Matcher(string? status, string? stage) => RemediationFilter.Default with { Status = status, Stage = stage, Since = Since };
}
