using AutoRemediate.Core.Audit;
using AutoRemediate.Core.Tests.Support;

namespace AutoRemediate.Core.Tests.Audit;

public sealed class AuditChainTests
{
    [Fact]
    public void First_record_links_to_the_genesis_hash_of_its_remediation()
    {
        var record = AuditChain.NextUnkeyed(AuditHead.Empty(TestAudit.Remediation), TestAudit.Entry());

        Assert.Equal(1, record.Sequence);
        Assert.Equal(AuditHashing.Genesis(TestAudit.Remediation), record.PreviousHash);
        Assert.NotEqual(AuditHashing.Genesis("am-other"), record.PreviousHash);
        Assert.Matches("^[0-9a-f]{64}$", record.Hash);
    }

    [Fact]
    public void Each_record_links_to_its_predecessor_and_counts_on()
    {
        var chain = TestAudit.Chain(3);

        Assert.Equal([1L, 2L, 3L], chain.Select(r => r.Sequence));
        Assert.Equal(chain[0].Hash, chain[1].PreviousHash);
        Assert.Equal(chain[1].Hash, chain[2].PreviousHash);
    }

    [Fact]
    public void Record_id_derives_from_remediation_and_idempotency_key_only()
    {
        var first = AuditChain.NextUnkeyed(AuditHead.Empty(TestAudit.Remediation), TestAudit.Entry("step-7", time: TestAudit.Start));
        var retried = AuditChain.NextUnkeyed(AuditHead.Empty(TestAudit.Remediation), TestAudit.Entry("step-7", time: TestAudit.Start.AddSeconds(5)));

        Assert.Equal(first.RecordId, retried.RecordId);
        Assert.NotEqual(first.RecordId, AuditChain.RecordIdFor(TestAudit.Remediation, "step-8"));
        Assert.NotEqual(first.RecordId, AuditChain.RecordIdFor("am-other", "step-7"));
        Assert.Matches("^r-[0-9a-f]{32}$", first.RecordId);
    }

    [Fact]
    public void Canonical_form_is_fixed_so_stored_hashes_stay_valid()
    {
        var entry = TestAudit.Entry("step-1", AuditRecordKind.ActionSucceeded, new DateTimeOffset(2026, 11, 20, 4, 12, 45, 123, TimeSpan.FromHours(1)), resource: "/subscriptions/s/rg/x") with
        {
            Actor = AuditActor.User("alice@contoso.com", "10.0.0.7"),
            BindingId = "checkout-5xx-restart",
            BindingVersion = 3,
            Duration = TimeSpan.FromSeconds(62.5),
            Details = new Dictionary<string, string> { ["z"] = "last", ["a"] = "quote \" and \\ and \n and é" },
            Summary = "Restarted",
        };

        var record = AuditChain.NextUnkeyed(AuditHead.Empty(TestAudit.Remediation), entry);

        var expected =
            "{\"v\":1,\"remediationId\":\"am-0123456789abcdef0123456789abcdef\",\"sequence\":1,\"recordId\":\"" + record.RecordId +
            "\",\"idempotencyKey\":\"step-1\",\"kind\":\"ActionSucceeded\",\"time\":\"2026-11-20T03:12:45.1230000Z\"," +
            "\"actor\":{\"type\":\"User\",\"identity\":\"alice@contoso.com\",\"sourceIp\":\"10.0.0.7\"}," +
            "\"correlationId\":null,\"alertId\":null,\"runbook\":null,\"bindingId\":\"checkout-5xx-restart\",\"bindingVersion\":3," +
            "\"appVersion\":null,\"targetResourceId\":\"/subscriptions/s/rg/x\",\"operation\":null,\"azureRequestId\":null," +
            "\"duration\":\"00:01:02.5000000\",\"details\":{\"a\":\"quote \\\" and \\\\ and \\u000a and é\",\"z\":\"last\"}," +
            "\"summary\":\"Restarted\",\"previousHash\":\"" + AuditHashing.Genesis(TestAudit.Remediation) + "\"}";

        Assert.Equal(expected, AuditHashing.CanonicalJson(record));
        // Computed independently (Python hashlib) from the expected text above.
        Assert.Equal("b9498f75c732b66b0aee12d65e1605f5aa37e5fee7100f671c575395d8f2d347", record.Hash);
    }

    [Fact]
    public void Genesis_hash_is_fixed()
    {
        Assert.Equal(AuditHashing.Sha256Hex("autoremediate-audit-genesis-v1\nam-1"), AuditHashing.Genesis("am-1"));
    }

    [Fact]
    public void Long_text_is_cut_with_a_marker_and_the_same_way_every_time()
    {
        var entry = TestAudit.Entry(summary: new string('x', AuditLimits.MaxSummaryLength + 500));

        var first = AuditChain.NextUnkeyed(AuditHead.Empty(TestAudit.Remediation), entry);
        var second = AuditChain.NextUnkeyed(AuditHead.Empty(TestAudit.Remediation), entry);

        Assert.True(first.Summary.Length <= AuditLimits.MaxSummaryLength);
        Assert.EndsWith("[cut from 8500 chars]", first.Summary, StringComparison.Ordinal);
        Assert.Equal(first.Hash, second.Hash);
    }

    [Fact]
    public void Entry_with_too_many_details_or_a_control_character_in_its_key_is_rejected()
    {
        var details = Enumerable.Range(0, AuditLimits.MaxDetails + 1).ToDictionary(i => $"k{i}", i => "v");

        var tooMany = Assert.Throws<ArgumentException>(() => AuditChain.Normalize(TestAudit.Entry() with { Details = details }));
        var badKey = Assert.Throws<ArgumentException>(() => AuditChain.Normalize(TestAudit.Entry("step\n1")));

        Assert.Contains("at most 64 details", tooMany.Message, StringComparison.Ordinal);
        Assert.Equal("IdempotencyKey", badKey.ParamName);
    }

    [Fact]
    public void Time_is_stored_in_utc()
    {
        var record = AuditChain.NextUnkeyed(AuditHead.Empty(TestAudit.Remediation), TestAudit.Entry(time: new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.FromHours(2))));

        Assert.Equal(TimeSpan.Zero, record.Time.Offset);
        Assert.Equal(10, record.Time.Hour);
    }
}
