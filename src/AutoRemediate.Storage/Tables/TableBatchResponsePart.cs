namespace AutoRemediate.Storage.Tables;

/// <summary>One operation's response inside a $batch response.</summary>
internal sealed record TableBatchResponsePart(int Status, IReadOnlyDictionary<string, string> Headers, string Body);
