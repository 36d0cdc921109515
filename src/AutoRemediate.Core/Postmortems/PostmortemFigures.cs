using System.Globalization;
using AutoRemediate.Core.Text;

namespace AutoRemediate.Core.Postmortems;

/// <summary>The figures of a draft as text, shared by the Markdown and HTML renderings so they say the same thing.</summary>
internal static class PostmortemFigures
{
    public const string Blameless = "Blameless draft: it describes what happened and how the system let it happen, not who erred. Complete the last two sections.";

    public const string RootCausePrompt = "To be written by the people who handled the incident.";

    public const string ActionItemsPrompt = "To be agreed by the people who handled the incident: owner and due date for each.";

    public static string Title(PostmortemDraft draft) => $"Post-mortem draft: incident {draft.Incident.Id}";

    public static string Generated(PostmortemDraft draft) => $"Generated {DurationText.Timestamp(draft.GeneratedAt)}.";

    public static IReadOnlyList<(string Label, string Value)> Impact(PostmortemDraft draft) =>
    [
        ("Error budget burned", draft.Budget is { } b
            ? Invariant($"{Percent(b.Burned)} of SLO {b.Slo} (remaining {Percent(b.AtStart.Remaining)} at {DurationText.Timestamp(b.AtStart.Time)}, {Percent(b.AtEnd.Remaining)} at {DurationText.Timestamp(b.AtEnd.Time)})")
            : "unknown: no budget samples cover the incident's start and end"),
        ("Duration", draft.Duration is { } d ? DurationText.Format(d) : "ongoing"),
        ("Affected resources", draft.Incident.ResourceIds.Count == 0 ? "none named" : string.Join(", ", draft.Incident.ResourceIds)),
    ];

    public static IReadOnlyList<(string Label, string Value)> Detection(PostmortemDraft draft)
    {
        var first = draft.Incident.Members[0];
        return
        [
            ("First alert", $"{first.RuleName} (remediation {first.RemediationId})"),
            ("Received", DurationText.Timestamp(first.ReceivedAt)),
            ("Condition started (per the monitor)", draft.Incident.ConditionStartedAt is { } fired ? DurationText.Timestamp(fired) : "not reported"),
        ];
    }

    public static IReadOnlyList<(string Label, string Value)> Automation(PostmortemDraft draft) =>
    [
        ("Remediations completed by automation", Invariant($"{draft.AutomatedRemediations} ({draft.MinutesAutomated:0.#} min of manual work avoided)")),
        ("Remediations handed to people", Invariant($"{draft.HumanRemediations}")),
        ("Minutes people spent (approvals and hand-offs)", Invariant($"{draft.MinutesByHumans:0.#}")),
    ];

    public static IReadOnlyList<(string Label, string Value)> Durations(PostmortemDraft draft) =>
    [
        ("Time to detect", draft.TimeToDetect is { } d ? DurationText.Format(d) : "unknown (the monitor gave no start time)"),
        ("Time to mitigate", draft.TimeToMitigate is { } m ? DurationText.Format(m) : "not yet (a remediation is still running)"),
        ("Time to resolve", draft.TimeToResolve is { } r ? DurationText.Format(r) : "not yet (an alert has not cleared)"),
    ];

    public static IReadOnlyList<string> TimelineHeaders { get; } = ["Time (UTC)", "Record", "Kind", "Actor", "What happened"];

    public static string[] TimelineRow(PostmortemTimelineEntry entry) =>
    [
        entry.Time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        $"{entry.Reference} ({entry.RecordId})",
        entry.Kind.ToString(),
        entry.Actor,
        entry.Summary,
    ];

    private static string Percent(double fraction) => (fraction * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
