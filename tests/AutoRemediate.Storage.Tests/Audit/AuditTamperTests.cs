using AutoRemediate.Core.Audit;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Storage.Tests.Audit;

/// <summary>Tampers with stored rows through the raw table client, as someone with storage access could.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AuditTamperTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Verify_names_a_record_edited_in_storage()
    {
        var (audit, remediation, records) = await ChainAsync(4);
        var row = (await audit.Chains.GetEntityAsync(remediation, AuditTestLog.Row(2)))!;
        row["Summary"] = "Nothing was restarted";
        await audit.Chains.UpdateEntityAsync(row, row.ETag!);

        var report = await audit.Log.VerifyAsync(remediation);

        var problem = Assert.Single(report.Problems);
        Assert.Equal((AuditProblemKind.ContentAltered, 2L, records[1].RecordId), (problem.Kind, problem.Sequence, problem.RecordId));
    }

    [Fact]
    public async Task Verify_names_a_forged_row_inserted_in_storage()
    {
        var (audit, remediation, records) = await ChainAsync(3);
        var copy = (await audit.Chains.GetEntityAsync(remediation, AuditTestLog.Row(2)))!;
        var forged = new Storage.Tables.TableEntity(remediation, AuditTestLog.Row(2) + "a");
        foreach (var (name, value) in copy.Properties)
        {
            forged[name] = value;
        }

        forged["Sequence"] = 3L;
        forged["Summary"] = "Approved by alice";
        await audit.Chains.AddEntityAsync(forged);

        var problems = (await audit.Log.VerifyAsync(remediation)).Problems;

        Assert.Contains(problems, p => p.Kind == AuditProblemKind.Misplaced && p.Description.Contains(AuditTestLog.Row(2) + "a", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Kind == AuditProblemKind.ContentAltered && p.Sequence == 3 && p.RecordId == records[1].RecordId);
        Assert.Contains(problems, p => p.Kind == AuditProblemKind.DuplicateSequence && p.Sequence == 3 && p.RecordId == records[2].RecordId);
        Assert.Contains(problems, p => p.Kind == AuditProblemKind.BrokenLink && p.Sequence == 3 && p.RecordId == records[1].RecordId);
    }

    [Fact]
    public async Task Verify_names_a_record_deleted_from_the_middle()
    {
        var (audit, remediation, records) = await ChainAsync(4);
        await audit.Chains.DeleteEntityAsync(remediation, AuditTestLog.Row(2));

        var problems = (await audit.Log.VerifyAsync(remediation)).Problems;

        Assert.Contains(problems, p => p is { Kind: AuditProblemKind.SequenceGap, Sequence: 2 });
        Assert.Contains(problems, p => p.Kind == AuditProblemKind.BrokenLink && p.Sequence == 3 && p.RecordId == records[2].RecordId);
        Assert.Equal(2, problems.Count);
    }

    [Fact]
    public async Task Verify_names_the_last_record_deleted_by_comparing_with_the_head()
    {
        var (audit, remediation, _) = await ChainAsync(3);
        await audit.Chains.DeleteEntityAsync(remediation, AuditTestLog.Row(3));

        var problems = (await audit.Log.VerifyAsync(remediation)).Problems;

        Assert.Equal([(AuditProblemKind.HeadMismatch, 3L), (AuditProblemKind.AnchorMismatch, 3L)], problems.Select(p => (p.Kind, p.Sequence!.Value)));
        Assert.All(problems, p => Assert.Contains("#3", p.Description, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Verify_reports_a_deleted_head_and_a_row_that_no_longer_reads_as_a_record()
    {
        var (audit, remediation, _) = await ChainAsync(2);
        await audit.Chains.DeleteEntityAsync(remediation, "~head");
        var row = (await audit.Chains.GetEntityAsync(remediation, AuditTestLog.Row(1)))!;
        row["Kind"] = "Whatever";
        await audit.Chains.UpdateEntityAsync(row, row.ETag!);

        var problems = (await audit.Log.VerifyAsync(remediation)).Problems;

        Assert.Contains(problems, p => p.Kind == AuditProblemKind.HeadMissing);
        Assert.Contains(problems, p => p.Kind == AuditProblemKind.Unreadable && p.Description.Contains(AuditTestLog.Row(1), StringComparison.Ordinal));
    }

    private async Task<(AuditTestLog Audit, string Remediation, List<AuditRecord> Records)> ChainAsync(int count)
    {
        var audit = AuditTestLog.Create(azurite);
        var remediation = AuditTestLog.NewRemediation();
        var records = await audit.AppendChainAsync(remediation, count);
        Assert.True((await audit.Log.VerifyAsync(remediation)).IsIntact);
        return (audit, remediation, records);
    }
}
