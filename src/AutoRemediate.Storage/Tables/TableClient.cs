using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using AutoRemediate.Storage.Errors;
using AutoRemediate.Storage.Pipeline;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace AutoRemediate.Storage.Tables;

/// <summary>
/// One table over the Table service REST API (JSON). Obtain it from <see cref="StorageClientFactory"/>.
/// </summary>
/// <remarks>
/// Reads return null for a missing entity; writes to a missing entity throw <see cref="StorageNotFoundException"/>.
/// Transient failures are retried by the pipeline, including inserts: an insert whose first attempt reached the
/// service but whose response was lost surfaces as <see cref="StorageConflictException"/> (EntityAlreadyExists) on
/// the retry, so callers that insert should treat that conflict as "possibly mine" and re-read.
/// </remarks>
public sealed class TableClient
{
    /// <summary>The If-Match value that matches any ETag.</summary>
    public const string AnyETag = "*";

    private readonly HttpPipeline _pipeline;
    private readonly TableRequestFactory _requests;

    internal TableClient(HttpPipeline pipeline, Uri serviceEndpoint, string name)
    {
        _pipeline = pipeline;
        Name = name;
        _requests = new TableRequestFactory(pipeline, serviceEndpoint, name);
    }

    /// <summary>The table's name.</summary>
    public string Name { get; }

    /// <summary>Creates the table; false when it already existed.</summary>
    public async Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["TableName"] = Name });
        using var message = _requests.Create(RequestMethod.Post, $"{_requests.ServiceBase}/Tables", body);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        var response = await StorageRequestSender.SendRawAsync(_pipeline, message, "Table.Create", Name, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            < 300 => true,
            409 => false,
            _ => throw StorageErrorFactory.FromResponse(response, "Table.Create", Name),
        };
    }

    /// <summary>Deletes the table and its entities; false when it did not exist.</summary>
    public async Task<bool> DeleteAsync(CancellationToken cancellationToken = default)
    {
        using var message = _requests.Create(RequestMethod.Delete, $"{_requests.ServiceBase}/Tables({TableRequestFactory.EscapeKey(Name)})");
        var response = await StorageRequestSender.SendRawAsync(_pipeline, message, "Table.Delete", Name, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            < 300 => true,
            404 => false,
            _ => throw StorageErrorFactory.FromResponse(response, "Table.Delete", Name),
        };
    }

    /// <summary>Reads one entity; null when it does not exist.</summary>
    public async Task<TableEntity?> GetEntityAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        using var message = _requests.Create(RequestMethod.Get, _requests.EntityUri(partitionKey, rowKey));
        var response = await StorageRequestSender.SendRawAsync(_pipeline, message, "Table.Get", Resource(partitionKey, rowKey), cancellationToken).ConfigureAwait(false);
        if (response.Status == 404)
        {
            return null;
        }

        if (response.Status >= 300)
        {
            throw StorageErrorFactory.FromResponse(response, "Table.Get", Resource(partitionKey, rowKey));
        }

        using var document = JsonDocument.Parse(response.Content.ToMemory());
        var entity = TableEntityJson.Read(document.RootElement);
        entity.ETag ??= ETagOf(response);
        return entity;
    }

    /// <summary>Reads one page of a query; pass the previous page's token to continue.</summary>
    public async Task<TablePage> QueryPageAsync(TableQuery query, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var message = await SendQueryAsync(query, continuationToken, cancellationToken).ConfigureAwait(false);
        return new TablePage(ReadEntities(message.Response), NextToken(message.Response));
    }

    /// <summary>
    /// Streams every entity the query matches, following continuation tokens. The next page is requested as soon as
    /// a page's headers name it, so the service reads it while this one is parsed and consumed: at most one page ahead.
    /// </summary>
    public async IAsyncEnumerable<TableEntity> QueryAsync(TableQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<HttpMessage>? next = SendQueryAsync(query, null, abandon.Token);
        try
        {
            while (next is not null)
            {
                List<TableEntity> entities;
                using (var message = await next.ConfigureAwait(false))
                {
                    next = NextToken(message.Response) is { } token ? SendQueryAsync(query, token, abandon.Token) : null;
                    entities = ReadEntities(message.Response);
                }

                foreach (var entity in entities)
                {
                    yield return entity;
                }
            }
        }
        finally
        {
            if (next is not null)
            {
                // The caller stopped early or a page failed: cancel the read-ahead and release whatever it returns.
                await abandon.CancelAsync().ConfigureAwait(false);
                await ReleaseAsync(next).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Inserts an entity; returns its ETag. Throws <see cref="StorageConflictException"/> when the row exists.</summary>
    public async Task<string> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        using var message = _requests.Create(RequestMethod.Post, _requests.TableUri, TableEntityJson.Serialize(entity));
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        return await SendWriteAsync(message, "Table.Insert", entity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Replaces or merges an existing entity when its ETag still matches <paramref name="ifMatch"/> ("*" for any);
    /// returns the new ETag. Throws <see cref="StoragePreconditionFailedException"/> on a stale ETag.
    /// </summary>
    public async Task<string> UpdateEntityAsync(TableEntity entity, string ifMatch, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        using var message = _requests.Create(
            MethodFor(mode), _requests.EntityUri(entity.PartitionKey, entity.RowKey), TableEntityJson.Serialize(entity), ifMatch: ifMatch);
        return await SendWriteAsync(message, mode == TableUpdateMode.Merge ? "Table.Merge" : "Table.Update", entity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Inserts, or replaces/merges whatever is stored, unconditionally; returns the new ETag.</summary>
    public async Task<string> UpsertEntityAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        using var message = _requests.Create(MethodFor(mode), _requests.EntityUri(entity.PartitionKey, entity.RowKey), TableEntityJson.Serialize(entity));
        return await SendWriteAsync(message, "Table.Upsert", entity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes an entity when its ETag matches (default any). Throws <see cref="StorageNotFoundException"/> when missing.</summary>
    public async Task DeleteEntityAsync(string partitionKey, string rowKey, string ifMatch = AnyETag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        using var message = _requests.Create(RequestMethod.Delete, _requests.EntityUri(partitionKey, rowKey), ifMatch: ifMatch);
        await StorageRequestSender.SendAsync(_pipeline, message, "Table.DeleteEntity", Resource(partitionKey, rowKey), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs up to 100 operations on one partition atomically. Throws <see cref="ArgumentException"/> before sending
    /// for an empty, oversized, cross-partition or repeated-row batch; when an operation fails, nothing is written and
    /// the typed exception carries <see cref="StorageRequestException.FailedOperationIndex"/>.
    /// </summary>
    public async Task<IReadOnlyList<TableTransactionResult>> SubmitTransactionAsync(
        IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        var (body, contentType) = TableBatchWriter.Write(_requests, actions);
        using var message = _requests.Create(RequestMethod.Post, $"{_requests.ServiceBase}/$batch", body, contentType);
        message.Request.Headers.SetValue("Accept", "multipart/mixed");
        var resource = $"{Name} partition '{actions[0].Entity.PartitionKey}'";
        var response = await StorageRequestSender.SendAsync(_pipeline, message, "Table.Batch", resource, cancellationToken).ConfigureAwait(false);
        var parts = TableBatchResponseReader.Read(Encoding.UTF8.GetString(response.Content.ToMemory().Span));
        response.Headers.TryGetValue("x-ms-request-id", out var requestId);
        return TableBatchOutcome.Interpret(parts, actions.Count, requestId, resource);
    }

    private async Task<string> SendWriteAsync(HttpMessage message, string operation, TableEntity entity, CancellationToken cancellationToken)
    {
        var response = await StorageRequestSender.SendAsync(_pipeline, message, operation, Resource(entity.PartitionKey, entity.RowKey), cancellationToken).ConfigureAwait(false);
        return ETagOf(response) ?? throw new StorageRequestException($"{operation} on '{Name}' returned no ETag.", response.Status, null, null);
    }

    /// <summary>Sends a query page request; the caller owns (and disposes) the message holding its buffered response.</summary>
    private async Task<HttpMessage> SendQueryAsync(TableQuery query, string? continuationToken, CancellationToken cancellationToken)
    {
        var message = _requests.Create(RequestMethod.Get, QueryUri(query, continuationToken));
        try
        {
            await StorageRequestSender.SendAsync(_pipeline, message, "Table.Query", Name, cancellationToken).ConfigureAwait(false);
            return message;
        }
        catch
        {
            message.Dispose();
            throw;
        }
    }

    private static List<TableEntity> ReadEntities(Response response)
    {
        using var document = JsonDocument.Parse(response.Content.ToMemory());
        return [.. document.RootElement.GetProperty("value").EnumerateArray().Select(TableEntityJson.Read)];
    }

    private static async Task ReleaseAsync(Task<HttpMessage> readAhead)
    {
        try
        {
            (await readAhead.ConfigureAwait(false)).Dispose();
        }
        catch (Exception exception) when (exception is OperationCanceledException or StorageRequestException)
        {
            // Nobody wants this page any more; its failure has no one to report to.
        }
    }

    private string QueryUri(TableQuery query, string? continuationToken)
    {
        var parameters = new List<string>();
        if (query.Filter is not null)
        {
            parameters.Add("$filter=" + Uri.EscapeDataString(query.Filter));
        }

        if (query.Select is { Count: > 0 })
        {
            // The keys are always selected so every result can be addressed (updated, deleted) afterwards.
            var select = query.Select.Union(["PartitionKey", "RowKey"], StringComparer.Ordinal);
            parameters.Add("$select=" + Uri.EscapeDataString(string.Join(',', select)));
        }

        if (query.Top is { } top)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top, nameof(query));
            parameters.Add("$top=" + Math.Min(top, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (continuationToken is not null)
        {
            var continuation = TableContinuation.Parse(continuationToken);
            parameters.Add("NextPartitionKey=" + Uri.EscapeDataString(continuation.NextPartitionKey));
            if (continuation.NextRowKey is not null)
            {
                parameters.Add("NextRowKey=" + Uri.EscapeDataString(continuation.NextRowKey));
            }
        }

        return $"{_requests.TableUri}()" + (parameters.Count == 0 ? string.Empty : "?" + string.Join('&', parameters));
    }

    private static string? NextToken(Response response) =>
        response.Headers.TryGetValue("x-ms-continuation-NextPartitionKey", out var partition) && !string.IsNullOrEmpty(partition)
            ? new TableContinuation(partition, response.Headers.TryGetValue("x-ms-continuation-NextRowKey", out var row) && !string.IsNullOrEmpty(row) ? row : null).Format()
            : null;

    private static RequestMethod MethodFor(TableUpdateMode mode) => mode == TableUpdateMode.Merge ? new RequestMethod("MERGE") : RequestMethod.Put;

    private static string? ETagOf(Response response) => response.Headers.TryGetValue("ETag", out var etag) ? etag : null;

    private string Resource(string partitionKey, string rowKey) => $"{Name}(PartitionKey='{partitionKey}',RowKey='{rowKey}')";
}
