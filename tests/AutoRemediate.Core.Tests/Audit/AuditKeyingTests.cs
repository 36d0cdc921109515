using AutoRemediate.Core.Audit;
using AutoRemediate.Core.Tests.Support;

namespace AutoRemediate.Core.Tests.Audit;

public sealed class AuditKeyingTests
{
    [Fact]
    public void A_keyed_chain_verifies_with_its_key_and_records_the_key_id()
    {
        var keys = TestAudit.Keys();
        var chain = TestAudit.KeyedChain(3, keys);

        var report = AuditChainVerifier.Verify(TestAudit.Remediation, chain, TestAudit.HeadOf(chain), keys);

        Assert.True(report.IsIntact, report.ToString());
        Assert.All(chain, r => Assert.Equal("k1", r.KeyId));
        Assert.Equal(0, report.UnkeyedRecords);
    }

    [Fact]
    public void A_keyed_record_recomputed_without_the_key_fails_as_content_altered()
    {
        var keys = TestAudit.Keys();
        var chain = TestAudit.KeyedChain(2, keys);
        var edited = chain[1] with { Summary = "nothing happened" };
        var guessed = new AuditKeyRing("k1", new Dictionary<string, byte[]> { ["k1"] = new byte[32] });
        chain[1] = edited with { Hash = AuditHashing.ComputeHash(edited, guessed)! };

        var report = AuditChainVerifier.Verify(TestAudit.Remediation, chain, TestAudit.HeadOf(chain), keys);

        Assert.Contains(report.Problems, p => p.Kind == AuditProblemKind.ContentAltered && p.Sequence == 2);
    }

    [Fact]
    public void A_record_keyed_with_a_rotated_out_key_verifies_while_that_key_is_configured()
    {
        var old = TestAudit.KeyedChain(2, TestAudit.Keys("k0"));
        var chain = TestAudit.KeyedChain(1, TestAudit.Keys("k1"), old);

        var withBoth = AuditChainVerifier.Verify(TestAudit.Remediation, chain, TestAudit.HeadOf(chain), TestAudit.Keys("k1", "k0", "k1"));
        var withoutOld = AuditChainVerifier.Verify(TestAudit.Remediation, chain, TestAudit.HeadOf(chain), TestAudit.Keys("k1", "k1"));

        Assert.Equal(["k0", "k0", "k1"], chain.Select(r => r.KeyId));
        Assert.True(withBoth.IsIntact, withBoth.ToString());
        Assert.Equal([1L, 2L], withoutOld.Problems.Where(p => p.Kind == AuditProblemKind.UnknownKey).Select(p => p.Sequence!.Value));
    }

    [Fact]
    public void Unkeyed_legacy_records_verify_and_are_counted_as_unkeyed()
    {
        var legacy = TestAudit.Chain(2);
        var chain = TestAudit.KeyedChain(1, TestAudit.Keys(), legacy);

        var report = AuditChainVerifier.Verify(TestAudit.Remediation, chain, TestAudit.HeadOf(chain), TestAudit.Keys());

        Assert.True(report.IsIntact, report.ToString());
        Assert.Equal(2, report.UnkeyedRecords);
    }

    [Fact]
    public void An_unkeyed_record_after_a_keyed_one_is_a_downgrade()
    {
        var keyed = TestAudit.KeyedChain(1, TestAudit.Keys());
        var forged = AuditChain.NextUnkeyed(TestAudit.HeadOf(keyed), TestAudit.Entry("forged", AuditRecordKind.ApprovalDecided, TestAudit.Start.AddMinutes(5)));
        List<AuditRecord> chain = [.. keyed, forged];

        var report = AuditChainVerifier.Verify(TestAudit.Remediation, chain, TestAudit.HeadOf(chain), TestAudit.Keys());

        Assert.Equal([AuditProblemKind.Downgraded], report.Problems.Select(p => p.Kind));
    }

    [Fact]
    public void The_keyed_canonical_form_names_version_2_and_the_key_while_unkeyed_records_keep_version_1()
    {
        var keyed = TestAudit.KeyedChain(1, TestAudit.Keys())[0];
        var legacy = TestAudit.Chain(1)[0];

        Assert.StartsWith("{\"v\":2,\"keyId\":\"k1\",\"remediationId\":", AuditHashing.CanonicalJson(keyed), StringComparison.Ordinal);
        Assert.StartsWith("{\"v\":1,\"remediationId\":", AuditHashing.CanonicalJson(legacy), StringComparison.Ordinal);
        Assert.Equal(keyed, AuditJsonLines.Parse(AuditJsonLines.Format(keyed)), AuditRecordComparer);
    }

    private static readonly IEqualityComparer<AuditRecord> AuditRecordComparer =
        EqualityComparer<AuditRecord>.Create((a, b) => a is not null && b is not null && AuditJsonLines.Format(a) == AuditJsonLines.Format(b));
}
