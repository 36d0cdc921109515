namespace AutoRemediate.Storage.Tables;

/// <summary>The outcome of one operation of a committed transaction.</summary>
/// <param name="Index">The operation's position in the submitted list.</param>
/// <param name="Status">The HTTP status the service gave the operation.</param>
/// <param name="ETag">The entity's new ETag; null for deletes.</param>
public sealed record TableTransactionResult(int Index, int Status, string? ETag);
