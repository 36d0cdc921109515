using AutoRemediate.Core.Audit;
using AutoRemediate.Storage.Audit;
using AutoRemediate.Storage.Tests.Infrastructure;
using AutoRemediate.Testing.Azurite;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Tests.Audit;

/// <summary>
/// The anchor outside the chain's partition, against Azurite: rewrites and deletions someone with table write access
/// could make, rotated keys, chains written before keying, and a crash between the append and the anchor update.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AuditAnchorTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_chain_rewritten_consistently_in_its_partition_head_too_without_the_key_fails_its_macs_and_its_anchor()
    {
        var (audit, remediation) = await ChainAsync(3);
        var guessedKey = new AuditKeyRing("k1", new Dictionary<string, byte[]> { ["k1"] = new byte[32] });

        await RewriteAsync(audit, remediation, guessedKey);
        var report = await audit.Log.VerifyAsync(remediation);

        Assert.Equal([1L, 2L, 3L], report.Problems.Where(p => p.Kind == AuditProblemKind.ContentAltered).Select(p => p.Sequence!.Value));
        Assert.Contains(report.Problems, p => p is { Kind: AuditProblemKind.AnchorMismatch, Sequence: 3 });
    }

    [Fact]
    public async Task A_chain_rewritten_consistently_with_the_key_but_not_its_anchor_fails_against_the_anchor()
    {
        var (audit, remediation) = await ChainAsync(3);

        await RewriteAsync(audit, remediation, AuditTestLog.Keys());
        var report = await audit.Log.VerifyAsync(remediation);

        Assert.Equal([AuditProblemKind.AnchorMismatch], report.Problems.Select(p => p.Kind));
    }

    [Fact]
    public async Task A_chain_rewritten_in_the_unkeyed_legacy_format_with_its_anchor_deleted_is_reported_unkeyed_and_anchor_less()
    {
        var (audit, remediation) = await ChainAsync(2);
        await DeletePartitionAsync(audit.Chains, AuditKeys.Partition(remediation));
        await audit.Anchors.DeleteEntityAsync(AuditTestLog.AnchorDay(), AuditKeys.Partition(remediation));
        await WriteLegacyChainAsync(audit, remediation, 2);

        var day = await audit.Log.VerifyDayAsync(AuditTestLog.Day);

        var chain = Assert.Single(day.Chains);
        Assert.True(chain.IsIntact, chain.ToString());
        Assert.Equal(2, chain.UnkeyedRecords);
        Assert.Equal([chain], day.Unkeyed);
    }

    [Fact]
    public async Task A_deleted_partition_fails_day_verification_because_its_anchor_remains()
    {
        var (audit, remediation) = await ChainAsync(3);
        var (_, untouched) = await ChainAsync(1, audit);

        await DeletePartitionAsync(audit.Chains, AuditKeys.Partition(remediation));
        var day = await audit.Log.VerifyDayAsync(AuditTestLog.Day);

        var failed = Assert.Single(day.Failed);
        Assert.Equal(remediation, failed.RemediationId);
        Assert.Equal([AuditProblemKind.ChainMissing], failed.Problems.Select(p => p.Kind));
        Assert.Contains(day.Chains, c => c.RemediationId == untouched && c.IsIntact);
        Assert.Empty((await audit.Log.VerifyDayAsync(AuditTestLog.Day.AddDays(1))).Chains);
    }

    [Fact]
    public async Task A_record_keyed_with_a_rotated_out_key_verifies_while_that_key_is_configured_and_fails_once_it_is_removed()
    {
        var before = AuditTestLog.Create(azurite, AuditTestLog.Keys("k0", "k0"));
        var remediation = AuditTestLog.NewRemediation();
        await before.AppendChainAsync(remediation, 2);
        var rotated = before.With(azurite, AuditTestLog.Keys("k1", "k0", "k1"));
        await rotated.Log.AppendAsync(AuditTestLog.Entry(remediation, "step-3", AuditTestLog.Start.AddMinutes(3)));

        var withOldKey = await rotated.Log.VerifyAsync(remediation);
        var withoutOldKey = await before.With(azurite, AuditTestLog.Keys("k1", "k1")).Log.VerifyAsync(remediation);

        Assert.Equal(["k0", "k0", "k1"], (await rotated.Log.ReadChainAsync(remediation).ToListAsync()).Select(r => r.KeyId));
        Assert.True(withOldKey.IsIntact, withOldKey.ToString());
        Assert.Equal([1L, 2L], withoutOldKey.Problems.Where(p => p.Kind == AuditProblemKind.UnknownKey).Select(p => p.Sequence!.Value));
    }

    [Fact]
    public async Task A_crash_between_append_and_anchor_update_reads_as_anchor_behind_and_the_next_append_heals_it()
    {
        var (audit, remediation) = await ChainAsync(1);
        var anchorAfterFirst = await AnchorRowAsync(audit, remediation);
        await audit.Log.AppendAsync(AuditTestLog.Entry(remediation, "step-2", AuditTestLog.Start.AddMinutes(2)));
        await audit.Anchors.UpsertEntityAsync(anchorAfterFirst);

        var crashed = await audit.Log.VerifyAsync(remediation);
        await audit.Log.AppendAsync(AuditTestLog.Entry(remediation, "step-3", AuditTestLog.Start.AddMinutes(3)));
        var healed = await audit.Log.VerifyDayAsync(AuditTestLog.Day);

        Assert.True(crashed.IsIntact, crashed.ToString());
        Assert.Equal(1, crashed.AnchorBehind);
        Assert.True(healed.IsIntact, healed.Chains[0].ToString());
        Assert.Equal(0, healed.Chains[0].AnchorBehind);
        Assert.Equal(3L, (await AnchorRowAsync(audit, remediation)).GetInt64("Count"));
    }

    [Fact]
    public async Task A_retried_append_after_a_crash_before_the_anchor_update_heals_the_anchor()
    {
        var (audit, remediation) = await ChainAsync(1);
        var anchorAfterFirst = await AnchorRowAsync(audit, remediation);
        await audit.Log.AppendAsync(AuditTestLog.Entry(remediation, "step-2", AuditTestLog.Start.AddMinutes(2)));
        await audit.Anchors.UpsertEntityAsync(anchorAfterFirst);

        await audit.Log.AppendAsync(AuditTestLog.Entry(remediation, "step-2", AuditTestLog.Start.AddMinutes(2)));
        var report = await audit.Log.VerifyAsync(remediation);

        Assert.True(report.IsIntact, report.ToString());
        Assert.Equal(0, report.AnchorBehind);
        Assert.Equal(2L, (await AnchorRowAsync(audit, remediation)).GetInt64("Count"));
    }

    [Fact]
    public async Task A_chain_begun_before_keying_is_anchored_under_its_first_day_by_its_first_keyed_append()
    {
        var audit = AuditTestLog.Create(azurite);
        var remediation = AuditTestLog.NewRemediation();
        await WriteLegacyChainAsync(audit, remediation, 2);

        var before = await audit.Log.VerifyDayAsync(AuditTestLog.Day);
        var record = await audit.Log.AppendAsync(AuditTestLog.Entry(remediation, "step-3", AuditTestLog.Start.AddDays(1)));
        var after = await audit.Log.VerifyDayAsync(AuditTestLog.Day);

        Assert.Equal((true, 2), (before.Chains.Single().IsIntact, before.Chains.Single().UnkeyedRecords));
        Assert.Equal((3L, "k1"), (record.Sequence, record.KeyId));
        var chain = Assert.Single(after.Chains);
        Assert.True(chain.IsIntact, chain.ToString());
        Assert.Equal((2, 0L), (chain.UnkeyedRecords, chain.AnchorBehind));
    }

    private async Task<(AuditTestLog Audit, string Remediation)> ChainAsync(int count, AuditTestLog? audit = null)
    {
        audit ??= AuditTestLog.Create(azurite);
        var remediation = AuditTestLog.NewRemediation();
        await audit.AppendChainAsync(remediation, count);
        return (audit, remediation);
    }

    /// <summary>Replaces the whole partition (records, id rows, head) with a chain of the same length written with <paramref name="keys"/>; the anchor is left alone.</summary>
    private async Task RewriteAsync(AuditTestLog audit, string remediation, AuditKeyRing keys)
    {
        var count = await audit.Log.ReadChainAsync(remediation).CountAsync();
        await DeletePartitionAsync(audit.Chains, AuditKeys.Partition(remediation));
        var options = new AuditLogOptions { TableName = audit.Options.TableName, IndexTableName = audit.Options.IndexTableName, AnchorTableName = azurite.NewTableName("forged") };
        var elsewhere = AzureAuditLog.Create(StorageTestClients.TableService(azurite), keys, options);
        for (var i = 1; i <= count; i++)
        {
            await elsewhere.AppendAsync(AuditTestLog.Entry(remediation, $"step-{i}", AuditTestLog.Start.AddMinutes(i)) with { Summary = "Nothing was restarted" });
        }
    }

    /// <summary>Writes an unkeyed (format version 1) chain as builds before keying did: records, id rows, a head without an anchor day, and index rows.</summary>
    private static async Task WriteLegacyChainAsync(AuditTestLog audit, string remediation, int count)
    {
        await audit.Chains.CreateIfNotExistsAsync();
        await audit.Index.CreateIfNotExistsAsync();
        var partition = AuditKeys.Partition(remediation);
        var head = AuditHead.Empty(remediation);
        for (var i = 1; i <= count; i++)
        {
            var record = AuditChain.NextUnkeyed(head, AuditTestLog.Entry(remediation, $"step-{i}", AuditTestLog.Start.AddMinutes(i)));
            await audit.Chains.AddEntityAsync(Raw(AuditRecordEntity.ToEntity(record, partition, AuditKeys.RecordRow(i))));
            await audit.Chains.AddEntityAsync(StorageTestClients.Entity(partition, AuditKeys.IdRow(record.RecordId), ("Sequence", (long)i)));
            var row = AuditKeys.IndexRow(record.Time, remediation, i);
            await audit.Index.UpsertEntityAsync(Raw(AuditRecordEntity.ToEntity(record, AuditKeys.DayPartition(record.Time), row)));
            head = new AuditHead(i, record.Hash);
        }

        await audit.Chains.AddEntityAsync(StorageTestClients.Entity(partition, AuditKeys.HeadRowKey,
            ("RemediationId", remediation), ("Count", head.Count), ("LastHash", head.LastHash)));
    }

    private static Storage.Tables.TableEntity Raw(TableEntity entity)
    {
        var raw = new Storage.Tables.TableEntity(entity.PartitionKey, entity.RowKey);
        foreach (var (name, value) in entity.Where(p => p.Value is not null && p.Key is not ("PartitionKey" or "RowKey" or "odata.etag" or "Timestamp")))
        {
            raw[name] = value;
        }

        return raw;
    }

    private static async Task<Storage.Tables.TableEntity> AnchorRowAsync(AuditTestLog audit, string remediation) =>
        (await audit.Anchors.GetEntityAsync(AuditTestLog.AnchorDay(), AuditKeys.Partition(remediation)))!;

    private static async Task DeletePartitionAsync(Storage.Tables.TableClient table, string partition)
    {
        var rows = await table.QueryAsync(new Storage.Tables.TableQuery($"PartitionKey eq '{partition}'")).ToListAsync();
        foreach (var row in rows)
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }
    }
}
