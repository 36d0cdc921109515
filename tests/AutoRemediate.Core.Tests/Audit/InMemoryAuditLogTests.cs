using AutoRemediate.Core.Audit;
using AutoRemediate.Core.Tests.Support;

namespace AutoRemediate.Core.Tests.Audit;

public sealed class InMemoryAuditLogTests
{
    [Fact]
    public async Task Appending_the_same_idempotency_key_twice_stores_one_record()
    {
        var log = new InMemoryAuditLog();

        var first = await log.AppendAsync(TestAudit.Entry("step-1"));
        var again = await log.AppendAsync(TestAudit.Entry("step-1", time: TestAudit.Start.AddMinutes(1)));
        var chain = await log.ReadChainAsync(TestAudit.Remediation).ToListAsync();

        Assert.Same(first, again);
        Assert.Single(chain);
    }

    [Fact]
    public async Task Concurrent_appends_form_one_valid_chain()
    {
        var log = new InMemoryAuditLog();

        await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() => log.AppendAsync(TestAudit.Entry($"step-{i}")))));

        var report = await log.VerifyAsync(TestAudit.Remediation);
        Assert.True(report.IsIntact, report.ToString());
        Assert.Equal(20, report.RecordCount);
    }

    [Fact]
    public async Task Queries_filter_by_resource_case_insensitively_and_by_half_open_time_range()
    {
        var log = new InMemoryAuditLog();
        await log.AppendAsync(TestAudit.Entry("a", time: TestAudit.Start, resource: "/subscriptions/S/x"));
        await log.AppendAsync(TestAudit.Entry("b", time: TestAudit.Start.AddHours(1), resource: "/subscriptions/s/x"));
        await log.AppendAsync(TestAudit.Entry("c", time: TestAudit.Start.AddMinutes(30), remediation: "am-2", resource: "/subscriptions/s/y"));

        var byResource = await log.QueryByResourceAsync("/SUBSCRIPTIONS/s/X", TestAudit.Start, TestAudit.Start.AddHours(1)).ToListAsync();
        var byTime = await log.QueryByTimeAsync(TestAudit.Start, TestAudit.Start.AddHours(2)).ToListAsync();

        Assert.Equal(["a"], byResource.Select(r => r.IdempotencyKey));
        Assert.Equal(["a", "c", "b"], byTime.Select(r => r.IdempotencyKey));
    }
}
