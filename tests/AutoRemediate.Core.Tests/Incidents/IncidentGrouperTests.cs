using AutoRemediate.Core.Incidents;
using AutoRemediate.Core.Slos;
using AutoRemediate.Core.Toil;
using static AutoRemediate.Core.Tests.Support.TestIncidents;
using static AutoRemediate.Core.Tests.Support.TestSlos;

namespace AutoRemediate.Core.Tests.Incidents;

/// <summary>Grouping remediations into incidents: keys, the gap, order independence, status and budget burned.</summary>
public sealed class IncidentGrouperTests
{
    private static readonly IncidentGrouping ByRule = IncidentGrouping.Default;

    [Fact]
    public void A_remediation_received_exactly_at_the_gap_joins_and_one_second_later_starts_a_new_incident()
    {
        // a ends 10:10; b arrives 10:40 (30 min later = the gap) → joins; b ends 10:45, c arrives 11:15:01 (30 min 1 s) → new.
        var incidents = IncidentGrouper.Group([Fact("a", 0, 10), Fact("b", 40, 45), Fact("c", 75 + (1.0 / 60), 80)], ByRule);

        Assert.Equal([["a", "b"], ["c"]], Members(incidents));
    }

    [Fact]
    public void While_a_member_runs_every_later_remediation_of_its_key_joins()
    {
        var incidents = IncidentGrouper.Group([Fact("a", 0, null), Fact("b", 180, 185)], ByRule);

        Assert.Equal([["a", "b"]], Members(incidents));
        Assert.Equal(IncidentStatus.Open, incidents[0].Status);
        Assert.Null(incidents[0].End);
    }

    [Fact]
    public void Interleaved_resources_make_separate_incidents()
    {
        var incidents = IncidentGrouper.Group([Fact("a1", 0, 2), Fact("b1", 5, 7, VmB), Fact("a2", 10, 12), Fact("b2", 15, 17, VmB), Fact("a3", 20, 22, rule: "disk-full")], ByRule);

        Assert.Equal([["a1", "a2"], ["b1", "b2"], ["a3"]], Members(incidents));
    }

    [Fact]
    public void Out_of_order_input_gives_the_same_incidents_and_ids()
    {
        RemediationFact[] facts = [Fact("a1", 0, 2), Fact("b1", 5, 7, VmB), Fact("a2", 10, 12), Fact("b2", 15, 17, VmB), Fact("a3", 90, 95)];

        var forward = IncidentGrouper.Group(facts, ByRule);
        var backward = IncidentGrouper.Group(facts.Reverse(), ByRule);

        Assert.Equal(forward.Select(i => (i.Id, string.Join(",", i.Members.Select(m => m.RemediationId)))), backward.Select(i => (i.Id, string.Join(",", i.Members.Select(m => m.RemediationId)))));
        Assert.Equal([IncidentGrouper.IdFor("a1"), IncidentGrouper.IdFor("b1"), IncidentGrouper.IdFor("a3")], forward.Select(i => i.Id));
        Assert.Matches("^inc-[0-9a-f]{16}$", forward[0].Id);
    }

    [Fact]
    public void Grouping_by_resource_group_joins_rules_and_resources_of_one_group_only()
    {
        var grouping = new IncidentGrouping(IncidentGroupBy.ResourceGroup, TimeSpan.FromMinutes(30));

        var incidents = IncidentGrouper.Group([Fact("a", 0, 5), Fact("b", 10, 15, VmB, rule: "disk-full"), Fact("c", 12, 14, VmOther)], grouping);

        Assert.Equal([["a", "b"], ["c"]], Members(incidents));
        Assert.Equal(["cpu-high", "disk-full"], incidents[0].RuleNames);
        Assert.Equal([VmA, VmB], incidents[0].ResourceIds);
    }

    [Fact]
    public void Status_is_mitigated_until_every_alert_clears_then_resolved()
    {
        var mitigated = IncidentGrouper.Group([Fact("a", 0, 5, resolved: 8), Fact("b", 20, 25, outcome: ToilOutcome.Escalated)], ByRule)[0];
        var resolved = IncidentGrouper.Group([Fact("a", 0, 5, resolved: 8), Fact("b", 20, 25, resolved: 40)], ByRule)[0];

        Assert.Equal((IncidentStatus.Mitigated, At(25), (DateTimeOffset?)null, true), (mitigated.Status, mitigated.End!.Value, mitigated.ResolvedAt, mitigated.NeededHumans));
        Assert.Equal((IncidentStatus.Resolved, At(40), At(25)), (resolved.Status, resolved.End!.Value, resolved.MitigatedAt!.Value));
    }

    [Fact]
    public void The_same_remediation_twice_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => IncidentGrouper.Group([Fact("a", 0, 5), Fact("a", 0, 5)], ByRule));

        Assert.StartsWith("Remediation 'a' appears 2 times", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_burned_is_remaining_at_impact_start_minus_remaining_at_end_when_samples_cover_both()
    {
        // Condition fired 09:58, sample 09:55 says 80 % left; incident ends 10:30, sample 10:30 says 74 % → 6 % of the budget burned.
        var incident = IncidentGrouper.Group([Fact("a", 0, 20, fired: -2, resolved: 30)], ByRule)[0];
        var samples = new[] { Sample(-5, 0.80), Sample(0, 0.79), Sample(5, 0.78), Sample(10, 0.77), Sample(15, 0.76), Sample(20, 0.75), Sample(25, 0.745), Sample(30, 0.74) };
        var covered = BudgetHistory.Build(samples, "checkout-availability", At(-10), At(40), TimeSpan.FromMinutes(5));
        var gappy = BudgetHistory.Build(samples.Where(s => s.Time >= At(5)), "checkout-availability", At(-10), At(40), TimeSpan.FromMinutes(5));

        var impact = IncidentBudgetImpact.Of(incident, covered);

        Assert.Equal((At(-5), At(30)), (impact!.AtStart.Time, impact.AtEnd.Time));
        Assert.Equal(0.06, impact.Burned, precision: 9);
        Assert.Null(IncidentBudgetImpact.Of(incident, gappy));
    }

    [Fact]
    public void A_toil_ledger_row_becomes_a_fact_with_its_resource_group()
    {
        var fact = RemediationFact.FromToil(new ToilOccurrence
        {
            OccurrenceId = "r1", RemediationId = "r1", OccurredAt = At(0), EndedAt = At(4), Outcome = ToilOutcome.AutoRemediated, RuleName = "cpu-high", Target = VmA,
        });

        Assert.Equal(("00000000-0000-0000-0000-000000000001/rg-shop", At(4)), (fact.ResourceGroup, fact.EndedAt!.Value));
    }
}
