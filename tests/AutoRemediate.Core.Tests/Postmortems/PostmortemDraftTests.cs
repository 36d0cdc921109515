using AutoRemediate.Core.Audit;
using AutoRemediate.Core.Incidents;
using AutoRemediate.Core.Postmortems;
using AutoRemediate.Core.Toil;
using static AutoRemediate.Core.Tests.Support.TestIncidents;

namespace AutoRemediate.Core.Tests.Postmortems;

/// <summary>The post-mortem draft: a timeline true to the audit records, broken chains up front, and inert untrusted text.</summary>
public sealed class PostmortemDraftTests
{
    private const string Remediation = "am-restart-1";

    [Fact]
    public void Approved_restart_with_failed_verification_and_escalation_has_one_timeline_entry_per_record()
    {
        var chain = RecordedChain("cpu-high");

        var draft = Draft(chain);

        Assert.Equal(
            chain.Select(r => (r.RemediationId, r.Sequence, r.RecordId, r.Kind, r.Summary)),
            draft.Timeline.Select(e => (e.RemediationId, e.Sequence, e.RecordId, e.Kind, e.Summary)));
        Assert.Equal("user alice@contoso.com", draft.Timeline.Single(e => e.Kind == AuditRecordKind.ApprovalDecided).Actor);
        Assert.Empty(draft.ChainWarnings);
    }

    [Fact]
    public void Figures_come_from_the_incident_and_toil_row()
    {
        // Condition fired 09:57, received 10:00 → detect 3 min; run ended 10:20 → mitigate 23 min; resolved 10:45 → resolve 48 min.
        // Escalated: its 15 manual minutes fall to people, plus 4 minutes reviewing the approval → 19; nothing automated.
        var draft = Draft(RecordedChain("cpu-high"));

        Assert.Equal((TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(23), TimeSpan.FromMinutes(48)), (draft.TimeToDetect!.Value, draft.TimeToMitigate!.Value, draft.TimeToResolve!.Value));
        Assert.Equal((0, 1, 0.0, 19.0), (draft.AutomatedRemediations, draft.HumanRemediations, draft.MinutesAutomated, draft.MinutesByHumans));
        Assert.Equal(TimeSpan.FromMinutes(48), draft.Duration);
    }

    [Fact]
    public void Both_renderings_carry_every_record_reference_and_empty_sections_for_people()
    {
        var chain = RecordedChain("cpu-high");
        var draft = Draft(chain);

        var markdown = PostmortemMarkdown.Format(draft);
        var html = PostmortemHtml.Format(draft);

        // Markdown escapes its punctuation: "\#" and "\(" render as "#" and "(".
        Assert.All(chain, r => Assert.Contains($"{Remediation}\\#{r.Sequence} \\({r.RecordId}\\)", markdown, StringComparison.Ordinal));
        Assert.All(chain, r => Assert.Contains($"{Remediation}#{r.Sequence} ({r.RecordId})", html, StringComparison.Ordinal));
        Assert.Equal(chain.Count, markdown.Split('\n').Count(l => l.StartsWith("| 2026-", StringComparison.Ordinal)));
        Assert.Contains("## Root cause\n\n_To be written", markdown, StringComparison.Ordinal);
        Assert.Contains("## Action items\n\n_To be agreed", markdown, StringComparison.Ordinal);
        Assert.Contains("<h2>Root cause</h2><p class=\"todo\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_chain_is_warned_about_before_the_summary_in_both_renderings()
    {
        var chain = RecordedChain("cpu-high");
        chain[4] = chain[4] with { Summary = "Approved by nobody" };

        var draft = Draft(chain);
        var markdown = PostmortemMarkdown.Format(draft);
        var html = PostmortemHtml.Format(draft);

        Assert.Contains($"Audit chain {Remediation} is BROKEN", Assert.Single(draft.ChainWarnings), StringComparison.Ordinal);
        Assert.InRange(markdown.IndexOf("WARNING: the audit trail", StringComparison.Ordinal), 0, markdown.IndexOf("## Summary", StringComparison.Ordinal));
        Assert.InRange(html.IndexOf("class=\"warning\"", StringComparison.Ordinal), 0, html.IndexOf("<h2>Summary</h2>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_member_without_its_chain_is_warned_about()
    {
        var draft = PostmortemDraftBuilder.Build(new PostmortemInput { Incident = Incident("cpu-high"), Chains = [], GeneratedAt = At(60) });

        Assert.Equal([$"Audit chain {Remediation} was not available: this remediation is missing from the timeline."], draft.ChainWarnings);
        Assert.Empty(draft.Timeline);
    }

    [Fact]
    public void Untrusted_text_is_inert_in_markdown_and_html()
    {
        const string Hostile = "cpu-high<script>alert(1)</script>\r\n# Injected heading\n[click](javascript:x)";
        var draft = Draft(RecordedChain(Hostile, summary: "Restarted\r\n## Root cause\n<img src=x onerror=alert(1)>"), Hostile);

        var markdown = PostmortemMarkdown.Format(draft);
        var html = PostmortemHtml.Format(draft);

        Assert.DoesNotContain("<script", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("](javascript", markdown, StringComparison.Ordinal);
        Assert.Equal(
            ["# Post-mortem draft: incident " + draft.Incident.Id, "## Summary", "## Impact", "## Detection", "## Timeline", "## Automation and people", "## Time to detect, mitigate, resolve", "## Root cause", "## Action items"],
            markdown.Split('\n').Where(l => l.StartsWith('#')));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("cpu-high&lt;script&gt;alert(1)&lt;/script&gt;  # Injected heading", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", html + markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_page_is_self_contained()
    {
        var html = PostmortemHtml.Format(Draft(RecordedChain("cpu-high")));

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.All(["http:", "https:", "src=", "href=", "<script", "<link", "@import", "url("], marker => Assert.DoesNotContain(marker, html, StringComparison.OrdinalIgnoreCase));
    }

    private static PostmortemDraft Draft(IReadOnlyList<AuditRecord> chain, string rule = "cpu-high") =>
        PostmortemDraftBuilder.Build(new PostmortemInput
        {
            Incident = Incident(rule),
            Chains = [new PostmortemChain(Remediation, chain, AuditChainVerifier.Verify(Remediation, chain))],
            Toil = [new ToilOccurrence
            {
                OccurrenceId = Remediation, RemediationId = Remediation, OccurredAt = At(0), EndedAt = At(20), Outcome = ToilOutcome.Escalated,
                RuleName = "cpu-high", ManualEffortMinutes = 15, HumanMinutes = 4,
            }],
            GeneratedAt = At(60),
        });

    private static Incident Incident(string rule) =>
        IncidentGrouper.Group([Fact(Remediation, 0, 20, rule: rule, outcome: ToilOutcome.Escalated, resolved: 45, fired: -3)], IncidentGrouping.Default)[0];

    /// <summary>Received, matched, approval asked and given, restart, failed verification, escalation, outcome: one minute apart, 10:00–10:20.</summary>
    private static List<AuditRecord> RecordedChain(string rule, string summary = "Restarted vm-a")
    {
        (AuditRecordKind Kind, AuditActor Actor, string Summary)[] steps =
        [
            (AuditRecordKind.Received, AuditActor.System("webhook"), $"Alert received from rule {rule}"),
            (AuditRecordKind.Matched, AuditActor.System("orchestrator"), "Matched binding vm-cpu-restart v3"),
            (AuditRecordKind.GuardrailVerdict, AuditActor.System("orchestrator"), "Guardrails: approval required (production)"),
            (AuditRecordKind.ApprovalRequested, AuditActor.System("orchestrator"), "Approval requested in Teams"),
            (AuditRecordKind.ApprovalDecided, AuditActor.User("alice@contoso.com", "203.0.113.9"), "Approved"),
            (AuditRecordKind.ActionStarted, AuditActor.System("runbook"), "Restart started"),
            (AuditRecordKind.ActionSucceeded, AuditActor.System("runbook"), summary),
            (AuditRecordKind.Verification, AuditActor.System("orchestrator"), "Verification failed: CPU still 97 % after 10 min"),
            (AuditRecordKind.Escalated, AuditActor.System("orchestrator"), "Escalated to on-call"),
            (AuditRecordKind.Outcome, AuditActor.System("orchestrator"), "Outcome: escalated"),
        ];
        var records = new List<AuditRecord>();
        var head = AuditHead.Empty(Remediation);
        foreach (var (step, index) in steps.Select((s, i) => (s, i)))
        {
            var record = AuditChain.NextUnkeyed(head, new AuditEntry
            {
                RemediationId = Remediation, IdempotencyKey = $"step-{index}", Kind = step.Kind, Time = At(index == steps.Length - 1 ? 20 : index), Actor = step.Actor, Summary = step.Summary,
            });
            records.Add(record);
            head = new AuditHead(record.Sequence, record.Hash);
        }

        return records;
    }
}
