using AutoRemediate.Core.Audit;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Storage.Tests.Audit;

[Collection(AzuriteCollection.Name)]
public sealed class AuditLogAppendTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Appended_records_read_back_as_one_chain_with_every_field()
    {
        var audit = AuditTestLog.Create(azurite);
        var remediation = AuditTestLog.NewRemediation();

        var appended = await audit.AppendChainAsync(remediation, 3, AuditTestLog.Site);
        var read = await audit.Log.ReadChainAsync(remediation).ToListAsync();

        Assert.Equal([1L, 2L, 3L], read.Select(r => r.Sequence));
        Assert.Equal(appended.Select(r => r.Hash), read.Select(r => r.Hash));
        Assert.Equal(appended.Select(AuditJsonLines.Format), read.Select(AuditJsonLines.Format));
        Assert.Equal(read[0].Hash, read[1].PreviousHash);
        Assert.True((await audit.Log.VerifyAsync(remediation)).IsIntact);
    }

    [Fact]
    public async Task Appending_the_same_idempotency_key_again_returns_the_stored_record()
    {
        var audit = AuditTestLog.Create(azurite);
        var remediation = AuditTestLog.NewRemediation();

        var first = await audit.Log.AppendAsync(AuditTestLog.Entry(remediation, "step-1"));
        var retried = await audit.Log.AppendAsync(AuditTestLog.Entry(remediation, "step-1", AuditTestLog.Start.AddSeconds(30)));
        var chain = await audit.Log.ReadChainAsync(remediation).ToListAsync();

        Assert.Equal(first, retried with { Details = first.Details });
        Assert.Equal(first.Time, retried.Time);
        Assert.Single(chain);
    }

    [Fact]
    public async Task Concurrent_appends_to_one_chain_all_land_in_a_valid_chain()
    {
        var audit = AuditTestLog.Create(azurite);
        var remediation = AuditTestLog.NewRemediation();

        var records = await Task.WhenAll(Enumerable.Range(1, 12).Select(i =>
            Task.Run(() => audit.Log.AppendAsync(AuditTestLog.Entry(remediation, $"writer-{i}")))));
        var report = await audit.Log.VerifyAsync(remediation);

        Assert.True(report.IsIntact, report.ToString());
        Assert.Equal(12, report.RecordCount);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => (long)i), records.Select(r => r.Sequence).Order());
        Assert.Equal(new AuditHead(12, records.Single(r => r.Sequence == 12).Hash), report.Head);
    }

    [Fact]
    public async Task Chains_of_different_remediations_are_independent()
    {
        var audit = AuditTestLog.Create(azurite);
        var (a, b) = (AuditTestLog.NewRemediation(), AuditTestLog.NewRemediation());

        await audit.AppendChainAsync(a, 2);
        var firstOfB = await audit.Log.AppendAsync(AuditTestLog.Entry(b, "step-1"));

        Assert.Equal(1, firstOfB.Sequence);
        Assert.Equal(AuditHashing.Genesis(b), firstOfB.PreviousHash);
    }

    [Fact]
    public async Task Unknown_remediation_reads_as_an_empty_intact_chain()
    {
        var audit = AuditTestLog.Create(azurite);

        var report = await audit.Log.VerifyAsync("am-nothing");

        Assert.Empty(await audit.Log.ReadChainAsync("am-nothing").ToListAsync());
        Assert.True(report.IsIntact);
        Assert.Null(report.Head);
    }
}
