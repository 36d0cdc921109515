using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AutoRemediate.Core.Toil;
using AutoRemediate.Storage.Stores;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Toil;

/// <summary>
/// The rollup rows of a ledger day: <see cref="ShardCount"/> shards in the day's own occurrence partition, RowKeys
/// <c>~rollup-0</c> … <c>~rollup-7</c>, each the <see cref="ToilRollup"/> of the ledger rows whose RowKey hashes to it.
/// Sharing the partition lets a ledger row and its shard be written in one entity-group transaction; sharding keeps
/// two writers of one day from contending unless their rows hash alike. Escaped occurrence keys never start with
/// <c>~r</c> (<see cref="TableKeyText"/> writes "~" followed by hex), so the two kinds of row cannot collide.
/// </summary>
/// <remarks>
/// WARNING: the shard count, the hash and the format are stored data. Changing how a row maps to a shard, or what a
/// rollup means, needs <see cref="Format"/> bumped: every day is then re-rolled from its rows on first read.
/// A version of the app from before rollups reads these rows as occurrences and fails: remove them before a downgrade.
/// </remarks>
internal static class ToilRollupRows
{
    public const int ShardCount = 8;

    /// <summary>The rollup format; rows of another format are stale and the day is re-rolled.</summary>
    public const int Format = 1;

    private const string Prefix = "~rollup-";

    /// <summary>Sorts after every shard key and before any escaped occurrence key that sorts after them.</summary>
    private const string End = "~rollup-~";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string ShardKey(int shard) => Prefix + shard.ToString(CultureInfo.InvariantCulture);

    /// <summary>The shard of a ledger row: a stable hash of its RowKey (the same in every process and version).</summary>
    public static string ShardOf(string rowKey) => ShardKey(SHA256.HashData(Encoding.UTF8.GetBytes(rowKey))[0] % ShardCount);

    /// <summary>A day's ledger rows without its rollup rows.</summary>
    public static string RowsFilter(string partition) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partition} and (RowKey lt {Prefix} or RowKey gt {End})");

    /// <summary>A day's rollup rows.</summary>
    public static string ShardsFilter(string partition) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {Prefix} and RowKey lt {End}");

    public static TableEntity Entity(string partition, string shardKey, ToilRollup rollup)
    {
        var entity = new TableEntity(partition, shardKey) { ["Format"] = Format, ["Rows"] = rollup.Rows };
        PayloadColumns.Write(entity, "Rollup", JsonSerializer.Serialize(rollup, Json));
        return entity;
    }

    /// <summary>The shard's rollup; null when there is no shard or it is of another format or unreadable (the day needs a re-roll).</summary>
    public static ToilRollup? Read(TableEntity? entity)
    {
        if (entity is null || entity.ReadInt32("Format") != Format || PayloadColumns.Read(entity, "Rollup") is not { } json)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ToilRollup>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
