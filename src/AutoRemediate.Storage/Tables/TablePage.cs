namespace AutoRemediate.Storage.Tables;

/// <summary>One page of a query.</summary>
/// <param name="Entities">The entities of this page; may be empty even when more pages follow.</param>
/// <param name="ContinuationToken">Opaque token for the next page; null when the query is exhausted.</param>
public sealed record TablePage(IReadOnlyList<TableEntity> Entities, string? ContinuationToken);
