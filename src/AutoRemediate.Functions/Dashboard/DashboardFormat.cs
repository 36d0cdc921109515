using System.Globalization;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>How the dashboard shows times, stages and resources, the same on every page.</summary>
internal static class DashboardFormat
{
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

    public static Markup OrDash(string? text) => string.IsNullOrEmpty(text) ? Markup.Of($"<span class=\"muted\">–</span>") : Markup.Of($"{text}");

    private static string Tone(string? stage) => stage switch
    {
        "Completed" or "Approved" or "ResolvedBeforeAction" => "ok",
        "Failed" or "Blocked" or "Rejected" or "Escalated" or "Expired" or "Terminated" => "bad",
        "AwaitingApproval" or "Pending" => "warn",
        "Unmatched" or null => "none",
        _ => "run",
    };
}
