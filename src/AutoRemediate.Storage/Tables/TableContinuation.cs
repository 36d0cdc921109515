namespace AutoRemediate.Storage.Tables;

/// <summary>
/// Packs the service's NextPartitionKey/NextRowKey headers into one opaque token. The service's values never contain
/// a space, so a space separates them.
/// </summary>
internal sealed record TableContinuation(string NextPartitionKey, string? NextRowKey)
{
    public string Format() => NextRowKey is null ? NextPartitionKey : $"{NextPartitionKey} {NextRowKey}";

    public static TableContinuation Parse(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        var parts = token.Split(' ', 2);
        return new TableContinuation(parts[0], parts.Length > 1 ? parts[1] : null);
    }
}
