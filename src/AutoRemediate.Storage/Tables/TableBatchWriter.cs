using System.Globalization;
using System.Text;

namespace AutoRemediate.Storage.Tables;

/// <summary>
/// Validates an entity-group transaction and writes it as the multipart/mixed $batch body: one changeset holding
/// one application/http part per operation.
/// </summary>
internal static class TableBatchWriter
{
    public const int MaxOperations = 100;
    public const int MaxPayloadBytes = 4 * 1024 * 1024;

    public static void Validate(IReadOnlyList<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count is 0 or > MaxOperations)
        {
            throw new ArgumentException(
                $"A table transaction holds 1 to {MaxOperations} operations; this one has {actions.Count}.", nameof(actions));
        }

        var partition = actions[0].Entity.PartitionKey;
        var rows = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < actions.Count; i++)
        {
            var entity = actions[i].Entity;
            if (!string.Equals(entity.PartitionKey, partition, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"A table transaction must stay in one partition: operation {i} targets partition '{entity.PartitionKey}', operation 0 targets '{partition}'.",
                    nameof(actions));
            }

            if (!rows.Add(entity.RowKey))
            {
                throw new ArgumentException($"A table transaction may touch each entity once: operation {i} repeats row '{entity.RowKey}'.", nameof(actions));
            }
        }
    }

    public static (byte[] Body, string ContentType) Write(TableRequestFactory requests, IReadOnlyList<TableTransactionAction> actions)
    {
        Validate(actions);
        var batch = "batch_" + Guid.NewGuid().ToString("N");
        var changeset = "changeset_" + Guid.NewGuid().ToString("N");
        var builder = new StringBuilder();
        builder.Append("--").Append(batch).Append("\r\n")
            .Append("Content-Type: multipart/mixed; boundary=").Append(changeset).Append("\r\n\r\n");

        for (var i = 0; i < actions.Count; i++)
        {
            AppendOperation(builder, requests, changeset, i, actions[i]);
        }

        builder.Append("--").Append(changeset).Append("--\r\n")
            .Append("--").Append(batch).Append("--\r\n");

        var body = Encoding.UTF8.GetBytes(builder.ToString());
        if (body.Length > MaxPayloadBytes)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A table transaction's payload is limited to 4 MiB; this one is {body.Length} bytes."),
                nameof(actions));
        }

        return (body, "multipart/mixed; boundary=" + batch);
    }

    private static void AppendOperation(StringBuilder builder, TableRequestFactory requests, string changeset, int index, TableTransactionAction action)
    {
        var entity = action.Entity;
        var (method, uri, ifMatch, hasBody) = action.ActionType switch
        {
            TableTransactionActionType.Add => ("POST", requests.TableUri, null, true),
            TableTransactionActionType.UpdateReplace => ("PUT", requests.EntityUri(entity.PartitionKey, entity.RowKey), action.ETag ?? "*", true),
            TableTransactionActionType.UpdateMerge => ("MERGE", requests.EntityUri(entity.PartitionKey, entity.RowKey), action.ETag ?? "*", true),
            TableTransactionActionType.UpsertReplace => ("PUT", requests.EntityUri(entity.PartitionKey, entity.RowKey), null, true),
            TableTransactionActionType.UpsertMerge => ("MERGE", requests.EntityUri(entity.PartitionKey, entity.RowKey), null, true),
            TableTransactionActionType.Delete => ("DELETE", requests.EntityUri(entity.PartitionKey, entity.RowKey), action.ETag ?? "*", false),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action.ActionType, "Unknown transaction action type."),
        };

        builder.Append("--").Append(changeset).Append("\r\n")
            .Append("Content-Type: application/http\r\n")
            .Append("Content-Transfer-Encoding: binary\r\n")
            .Append("Content-ID: ").Append(index.ToString(CultureInfo.InvariantCulture)).Append("\r\n\r\n")
            .Append(method).Append(' ').Append(uri).Append(" HTTP/1.1\r\n")
            .Append("Accept: ").Append(TableRequestFactory.JsonNoMetadata).Append("\r\n")
            .Append("DataServiceVersion: 3.0\r\n");
        if (ifMatch is not null)
        {
            builder.Append("If-Match: ").Append(ifMatch).Append("\r\n");
        }

        if (hasBody)
        {
            builder.Append("Content-Type: application/json\r\n")
                .Append("Prefer: return-no-content\r\n\r\n")
                .Append(Encoding.UTF8.GetString(TableEntityJson.Serialize(entity))).Append("\r\n");
        }
        else
        {
            builder.Append("\r\n");
        }
    }
}
