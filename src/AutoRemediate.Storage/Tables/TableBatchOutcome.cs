using AutoRemediate.Storage.Errors;

namespace AutoRemediate.Storage.Tables;

/// <summary>Turns a $batch response's parts into per-operation results, or the failing operation's typed exception.</summary>
internal static class TableBatchOutcome
{
    public static IReadOnlyList<TableTransactionResult> Interpret(
        IReadOnlyList<TableBatchResponsePart> parts, int operationCount, string? requestId, string resource)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part.Status < 300)
            {
                continue;
            }

            part.Headers.TryGetValue("x-ms-error-code", out var code);
            // The service names the failing operation as "index:" in the message; fall back to the part's
            // position when a response lists every operation.
            int? index = parts.Count == operationCount ? i : null;
            var exception = StorageErrorFactory.Create(part.Status, code, requestId, part.Body, "Table.Batch", resource, failedIndex: null);
            if (exception.FailedOperationIndex is null && index is not null)
            {
                exception = StorageErrorFactory.Create(part.Status, code, requestId, part.Body, "Table.Batch", resource, index);
            }

            throw exception;
        }

        if (parts.Count != operationCount)
        {
            throw new StorageRequestException(
                $"Table.Batch on '{resource}' returned {parts.Count} responses for {operationCount} operations.", 202, null, requestId);
        }

        return parts
            .Select((part, i) => new TableTransactionResult(i, part.Status, part.Headers.TryGetValue("ETag", out var etag) ? etag : null))
            .ToList();
    }
}
