namespace AutoRemediate.Functions.Dashboard;

/// <summary>The page shell every dashboard page shares: navigation, who is signed in, an optional notice, local CSS and JS only.</summary>
internal static class DashboardLayout
{
    private static readonly (DashboardSection Section, string Path, string Title)[] Navigation =
    [
        (DashboardSection.Remediations, DashboardPaths.Remediations, "Remediations"),
        (DashboardSection.Approvals, DashboardPaths.Approvals, "Approvals"),
        (DashboardSection.Guardrails, DashboardPaths.Guardrails, "Kill switch & breakers"),
        (DashboardSection.Toil, DashboardPaths.Toil, "Toil & coverage"),
    ];

    public static string Render(string title, DashboardSection? section, string? user, Markup body, DashboardNotice? notice = null)
    {
        var nav = Markup.Join(Navigation.Select(n => n.Section == section
            ? Markup.Of($"<a href=\"{n.Path}\" aria-current=\"page\">{n.Title}</a>")
            : Markup.Of($"<a href=\"{n.Path}\">{n.Title}</a>")));
        var who = user is null ? Markup.Empty : Markup.Of($"<span class=\"who\">Signed in as <strong>{user}</strong></span>");
        var shown = notice is { } n ? Markup.Of($"<p class=\"notice {n.Kind}\" role=\"status\">{n.Text}</p>") : Markup.Empty;
        return Markup.Of($"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
            <meta name="referrer" content="no-referrer"><link rel="icon" href="data:,"><title>{title} · AutoRemediate</title>
            <link rel="stylesheet" href="{DashboardAssets.StylePath}"><script src="{DashboardAssets.ScriptPath}" defer></script></head>
            <body><header><a class="brand" href="{DashboardPaths.Remediations}">AutoRemediate</a><nav>{nav}</nav>{who}</header>
            <main>{shown}{body}</main></body></html>
            """).Html;
    }
}
