using System.Globalization;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>How the dashboard shows times, stages and resources, the same on every page.</summary>
internal static class DashboardFormat
{
    public const int TargetsShown = 3;

    public static Markup Time(DateTimeOffset? time) => time is { } t
        ? Markup.Of($"<time class=\"nowrap\" datetime=\"{t.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}\">{t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}Z</time>")
        : Markup.Of($"<span class=\"muted\">–</span>");

    /// <summary>A stage or status as a coloured badge: green done, red stopped or failed, amber waiting on people, blue moving.</summary>
    public static Markup Badge(string? stage) => Markup.Of($"<span class=\"badge {Tone(stage)}\">{stage ?? "unknown"}</span>");

    /// <summary>The resource's name with its full id on hover, since ids are too long for a table cell.</summary>
    public static Markup Resource(string? resourceId)
    {
        if (string.IsNullOrEmpty(resourceId))
        {
            return Markup.Of($"<span class=\"muted\">–</span>");
        }

        var name = resourceId.TrimEnd('/').Split('/')[^1];
        return Markup.Of($"<span title=\"{resourceId}\">{name}</span>");
    }

    /// <summary>Sev0 (critical) to Sev4 as a badge, coloured like stages: 0–1 red, 2 amber, 3–4 grey.</summary>
    public static Markup Severity(int? severity) => severity is { } s
        ? Markup.Of($"<span class=\"badge sev {(s <= 1 ? "bad" : s == 2 ? "warn" : "none")}\">Sev{s}</span>")
        : Markup.Of($"<span class=\"muted\">–</span>");

    /// <summary>Every target by name; beyond <see cref="TargetsShown"/> the rest fold into a native disclosure.</summary>
    public static Markup Targets(IReadOnlyList<string>? resourceIds, string? fallback = null)
    {
        IReadOnlyList<string> targets = resourceIds ?? (fallback is null ? [] : [fallback]);
        if (targets.Count == 0)
        {
            return Markup.Of($"<span class=\"muted\">–</span>");
        }

        var shown = Markup.Join(targets.Take(TargetsShown).Select(t => Markup.Of($"<div class=\"target\">{Resource(t)}</div>")));
        var rest = targets.Skip(TargetsShown).ToList();
        return rest.Count == 0
            ? Markup.Of($"<div class=\"targets\">{shown}</div>")
            : Markup.Of($"<div class=\"targets\">{shown}<details><summary>{rest.Count} more</summary>{Markup.Join(rest.Select(t => Markup.Of($"<div class=\"target\">{Resource(t)}</div>")))}</details></div>");
    }

    /// <summary>A "dry run" badge: the remediation only recorded what it would have done.</summary>
    public static Markup DryRun(bool? dryRun) => dryRun == true
        ? Markup.Of($"<span class=\"badge dry\" title=\"Nothing was changed: actions were only recorded\">DRY RUN</span>")
        : Markup.Empty;

    public static Markup OrDash(string? text) => string.IsNullOrEmpty(text) ? Markup.Of($"<span class=\"muted\">–</span>") : Markup.Of($"{text}");

    private static string Tone(string? stage) => stage switch
    {
        "Completed" or "Approved" or "ResolvedBeforeAction" or "Resolved" => "ok",
        "Failed" or "Blocked" or "Rejected" or "Escalated" or "Expired" or "Terminated" or "Fired" => "bad",
        "AwaitingApproval" or "Pending" => "warn",
        "Unmatched" or null => "none",
        _ => "run",
    };
}
