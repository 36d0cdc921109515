using AutoRemediate.Core.Audit;
using AutoRemediate.Core.Tests.Support;

namespace AutoRemediate.Core.Tests.Audit;

public sealed class AuditAnchorTests
{
    private static readonly AuditKeyRing Keys = TestAudit.Keys();

    [Fact]
    public void A_chain_level_with_its_anchor_is_intact()
    {
        var chain = TestAudit.KeyedChain(3, Keys);

        var report = Check(chain, AnchorOf(chain));

        Assert.True(report.IsIntact, report.ToString());
        Assert.Equal(0, report.AnchorBehind);
    }

    [Fact]
    public void A_chain_rewritten_consistently_with_the_key_disagrees_with_its_anchor()
    {
        var chain = TestAudit.KeyedChain(3, Keys);
        var anchor = AnchorOf(chain);
        var rewritten = TestAudit.KeyedChain(2, Keys, chain.Take(1).ToList());
        rewritten[1] = AuditChain.Next(new AuditHead(1, rewritten[0].Hash), TestAudit.Entry("step-2", summary: "rewritten"), Keys);
        rewritten[2] = AuditChain.Next(TestAudit.HeadOf(rewritten[..2]), TestAudit.Entry("step-3", summary: "rewritten"), Keys);

        var report = Check(rewritten, anchor);

        Assert.Equal([AuditProblemKind.AnchorMismatch], report.Problems.Select(p => p.Kind));
    }

    [Fact]
    public void An_anchor_ahead_of_the_chain_means_records_deleted_from_the_end()
    {
        var chain = TestAudit.KeyedChain(3, Keys);

        var report = Check(chain[..2], AnchorOf(chain));

        Assert.Equal([AuditProblemKind.AnchorMismatch], report.Problems.Select(p => p.Kind));
        Assert.Equal(3, report.Problems[0].Sequence);
    }

    [Fact]
    public void An_anchor_without_a_chain_means_the_chain_was_deleted()
    {
        var report = Check([], AnchorOf(TestAudit.KeyedChain(2, Keys)));

        Assert.Equal([AuditProblemKind.ChainMissing], report.Problems.Select(p => p.Kind));
    }

    [Fact]
    public void A_chain_past_its_anchor_is_reported_behind_not_as_a_problem()
    {
        var chain = TestAudit.KeyedChain(3, Keys);

        var report = Check(chain, AnchorOf(chain[..2]));

        Assert.True(report.IsIntact, report.ToString());
        Assert.Equal(1, report.AnchorBehind);
    }

    [Fact]
    public void An_edited_anchor_fails_its_mac()
    {
        var chain = TestAudit.KeyedChain(2, Keys);
        var forged = AnchorOf(chain) with { Count = 1, LastHash = chain[0].Hash };

        var report = Check(chain, forged);

        Assert.Equal([AuditProblemKind.AnchorInvalid], report.Problems.Select(p => p.Kind));
    }

    [Fact]
    public void A_keyed_chain_without_an_anchor_is_reported_anchor_missing_and_a_legacy_one_is_not()
    {
        var keyed = Check(TestAudit.KeyedChain(2, Keys), null);
        var legacy = Check(TestAudit.Chain(2), null);

        Assert.Equal([AuditProblemKind.AnchorMissing], keyed.Problems.Select(p => p.Kind));
        Assert.True(legacy.IsIntact, legacy.ToString());
    }

    [Fact]
    public async Task The_in_memory_log_anchors_each_chain_under_the_day_it_began()
    {
        var log = new InMemoryAuditLog(Keys);
        await log.AppendAsync(TestAudit.Entry("a", time: TestAudit.Start));
        await log.AppendAsync(TestAudit.Entry("b", time: TestAudit.Start.AddDays(1)));

        var day = await log.VerifyDayAsync(DateOnly.FromDateTime(TestAudit.Start.UtcDateTime));
        var next = await log.VerifyDayAsync(DateOnly.FromDateTime(TestAudit.Start.UtcDateTime).AddDays(1));

        Assert.Equal([TestAudit.Remediation], day.Chains.Select(c => c.RemediationId));
        Assert.True(day.IsIntact, day.Chains[0].ToString());
        Assert.Empty(next.Chains);
    }

    private static AuditAnchor AnchorOf(IReadOnlyList<AuditRecord> chain) =>
        AuditAnchor.Create(TestAudit.Remediation, AuditAnchor.DayOf(chain[0].Time), TestAudit.HeadOf(chain), Keys);

    private static AuditVerificationReport Check(IReadOnlyList<AuditRecord> chain, AuditAnchor? anchor) =>
        AuditChainVerifier.CheckAnchor(
            AuditChainVerifier.Verify(TestAudit.Remediation, chain, chain.Count == 0 ? null : TestAudit.HeadOf(chain), Keys), chain, anchor, Keys);
}
