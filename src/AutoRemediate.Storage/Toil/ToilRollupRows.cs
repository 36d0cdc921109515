using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AutoRemediate.Core.Toil;
using AutoRemediate.Storage.Stores;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Toil;

/// <summary>
/// The rollup rows of a ledger day: <see cref="ShardCount"/> shards in the day's own occurrence partition, RowKeys
/// <c>~rollup-0</c> … <c>~rollup-3</c>, each the <see cref="ToilRollup"/> of the ledger rows whose RowKey hashes to it,
/// as Brotli-compressed JSON in binary columns (<c>Rollup</c>, <c>Rollup_1</c>, … of up to 60,000 bytes each).
/// Sharing the partition lets a ledger row and its shard be written in one entity-group transaction; sharding keeps
/// two writers of one day from contending unless their rows hash alike, and four shards keep a day's read to four
/// point reads. Escaped occurrence keys never start with
/// <c>~r</c> (<see cref="TableKeyText"/> writes "~" followed by hex), so the two kinds of row cannot collide.
/// </summary>
/// <remarks>
/// WARNING: the shard count, the hash and the format are stored data. Changing how a row maps to a shard, or what a
/// rollup means, needs <see cref="Format"/> bumped: every day is then re-rolled from its rows on first read.
/// A version of the app from before rollups reads these rows as occurrences and fails: remove them before a downgrade.
/// </remarks>
internal static class ToilRollupRows
{
    public const int ShardCount = 4;

    /// <summary>The rollup format; rows of another format are stale and the day is re-rolled.</summary>
    public const int Format = 1;

    private const string Prefix = "~rollup-";

    /// <summary>Sorts after every shard key and before any escaped occurrence key that sorts after them.</summary>
    private const string End = "~rollup-~";

    /// <summary>Bytes per binary column, under the 64 KiB a property may hold.</summary>
    private const int ChunkBytes = 60_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string ShardKey(int shard) => Prefix + shard.ToString(CultureInfo.InvariantCulture);

    /// <summary>The shard of a ledger row: a stable hash of its RowKey (the same in every process and version).</summary>
    public static string ShardOf(string rowKey) => ShardKey(SHA256.HashData(Encoding.UTF8.GetBytes(rowKey))[0] % ShardCount);

    /// <summary>A day's ledger rows without its rollup rows.</summary>
    public static string RowsFilter(string partition) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partition} and (RowKey lt {Prefix} or RowKey gt {End})");

    public static TableEntity Entity(string partition, string shardKey, ToilRollup rollup)
    {
        var entity = new TableEntity(partition, shardKey) { ["Format"] = Format, ["Rows"] = rollup.Rows };
        using var compressed = new MemoryStream();
        using (var brotli = new BrotliStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(brotli, rollup, Json);
        }

        var bytes = compressed.ToArray();
        for (var (index, start) = (0, 0); index == 0 || start < bytes.Length; index++, start += ChunkBytes)
        {
            entity[Column(index)] = bytes[start..Math.Min(bytes.Length, start + ChunkBytes)];
        }

        return entity;
    }

    /// <summary>The shard's rollup; null when there is no shard or it is of another format or unreadable (the day needs a re-roll).</summary>
    public static ToilRollup? Read(TableEntity? entity)
    {
        if (entity is null || entity.ReadInt32("Format") != Format || entity.ReadBinary(Column(0)) is null)
        {
            return null;
        }

        using var compressed = new MemoryStream();
        for (var index = 0; entity.ReadBinary(Column(index)) is { } chunk; index++)
        {
            compressed.Write(chunk);
        }

        compressed.Position = 0;
        try
        {
            using var brotli = new BrotliStream(compressed, CompressionMode.Decompress);
            return JsonSerializer.Deserialize<ToilRollup>(brotli, Json);
        }
        catch (Exception exception) when (exception is JsonException or InvalidDataException)
        {
            return null;
        }
    }

    private static string Column(int index) => index == 0 ? "Rollup" : string.Create(CultureInfo.InvariantCulture, $"Rollup_{index}");
}
