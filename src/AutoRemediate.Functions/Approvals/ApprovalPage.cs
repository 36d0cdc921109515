using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using AutoRemediate.Core.Approvals;

namespace AutoRemediate.Functions.Approvals;

/// <summary>
/// Renders the approval page and result pages as self-contained HTML: inline CSS, no scripts, no external assets,
/// and every value HTML-encoded (alert text and comments come from outside).
/// </summary>
internal static class ApprovalPage
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#f4f5f7;color:#1f2328}
        main{max-width:760px;margin:2rem auto;background:#fff;border-radius:8px;padding:1.5rem 2rem;box-shadow:0 1px 3px #0002}
        h1{font-size:1.35rem;margin-top:0}h2{font-size:1.05rem;margin-top:1.5rem}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #e5e7eb}
        th{width:11rem;color:#57606a;font-weight:600}td{overflow-wrap:anywhere}
        .Pass{color:#1a7f37}.Block,.Escalate{color:#cf222e}.RequireApproval{color:#9a6700}
        .notice{background:#fff8c5;border:1px solid #d4a72c;padding:.75rem;border-radius:6px}
        .error{background:#ffebe9;border:1px solid #cf222e;padding:.75rem;border-radius:6px}
        .ok{background:#dafbe1;border:1px solid #1a7f37;padding:.75rem;border-radius:6px}
        textarea{width:100%;min-height:5rem;box-sizing:border-box;font:inherit}
        button{font:inherit;padding:.5rem 1.25rem;border-radius:6px;border:1px solid #0003;cursor:pointer;margin-right:.5rem}
        .approve{background:#1f883d;color:#fff}.reject{background:#cf222e;color:#fff}.chosen{outline:3px solid #0969da}
        """;

    public static string Render(ApprovalView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var request = view.Record.Request;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(RunbookWording.Action(request.Runbook, request.Targets.Count))} for alert '{E(request.Alert.RuleName)}'?</h1>");
        html.Append("<table>");
        Row(html, "Alert", request.Alert.RuleName);
        Row(html, "Severity", $"Sev{request.Alert.Severity.ToString(CultureInfo.InvariantCulture)}");
        Row(html, "Fired", ApprovalRules.Format(request.Alert.FiredAt));
        Row(html, "Description", request.Alert.Description);
        Row(html, "Target", string.Join("\n", request.Targets));
        Row(html, "Proposed action", RunbookWording.Describe(request.Runbook, request.Targets, request.Operations));
        Row(html, "Requested by", request.RequestedBy);
        Row(html, "Approvals", $"{view.Record.Approvals} of {request.Quorum}");
        Row(html, "Expires", ApprovalRules.Format(request.ExpiresAt));
        Row(html, "Plan", request.PlanHash);
        html.Append("</table><h2>Guardrails</h2><table>");
        foreach (var verdict in request.Verdicts)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><th>{E(verdict.Name)}</th><td class=\"{E(verdict.Outcome.ToString())}\">{E(verdict.Outcome.ToString())}</td><td>{E(verdict.Reason)}</td></tr>");
        }

        html.Append("</table>");
        AppendVotes(html, view.Record);
        AppendForm(html, view);
        return Document($"Approval: {request.Runbook}", html.ToString());
    }

    public static string Result(ApprovalPageResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var css = result.Succeeded ? "ok" : "error";
        var status = result.Record is { } record
            ? $"<p>Request status: <strong>{E(record.Status.ToString())}</strong> ({record.Approvals} of {record.Request.Quorum} approvals).</p>"
            : string.Empty;
        return Document(result.Title, $"<h1>{E(result.Title)}</h1><p class=\"{css}\" role=\"status\">{E(Sentence(result.Detail))}</p>{status}");
    }

    private static void AppendVotes(StringBuilder html, ApprovalRecord record)
    {
        var votes = record.CurrentVotes.ToList();
        if (votes.Count == 0)
        {
            return;
        }

        html.Append("<h2>Decisions so far</h2><table>");
        foreach (var vote in votes)
        {
            Row(html, vote.Approver, $"{vote.Verdict} at {ApprovalRules.Format(vote.At)}{(vote.Comment.Length > 0 ? $": {vote.Comment}" : string.Empty)}");
        }

        html.Append("</table>");
    }

    private static void AppendForm(StringBuilder html, ApprovalView view)
    {
        if (view.FormToken is null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"notice\" role=\"status\">{E(view.Notice)}</p>");
            return;
        }

        var who = view.Approver is null
            ? "<p class=\"notice\">You are not signed in; sign in to decide.</p>"
            : $"<p>Deciding as <strong>{E(view.Approver)}</strong>.</p>";
        var approve = view.Preselected == "approve" ? " chosen" : string.Empty;
        var reject = view.Preselected == "reject" ? " chosen" : string.Empty;
        html.Append(CultureInfo.InvariantCulture, $"""
            <h2>Your decision</h2>{who}
            <form method="post" action="{E(view.FormToken)}/decision">
            <input type="hidden" name="remediationId" value="{E(view.Record.Request.RemediationId)}">
            <p><label for="comment">Comment (optional)</label><br><textarea id="comment" name="comment" maxlength="{DecisionSubmission.MaxCommentLength}"></textarea></p>
            <p><button type="submit" name="decision" value="approve" class="approve{approve}">Approve</button><button type="submit" name="decision" value="reject" class="reject{reject}">Reject</button></p>
            </form>
            """);
    }

    private static void Row(StringBuilder html, string name, string? value) =>
        html.Append(CultureInfo.InvariantCulture, $"<tr><th>{E(name)}</th><td>{string.Join("<br>", (value ?? string.Empty).Split('\n').Select(E))}</td></tr>");

    private static string Document(string title, string body) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><meta name=\"referrer\" content=\"no-referrer\"><title>{E(title)} · AutoRemediate</title><style>{Style}</style></head><body><main>{body}</main></body></html>";

    /// <summary>A rule's lower-case reason as a sentence: capitalised, ending with a full stop.</summary>
    internal static string Sentence(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + (text.EndsWith('.') ? string.Empty : ".");

    private static string E(string? value) => HtmlEncoder.Default.Encode(value ?? string.Empty);
}
