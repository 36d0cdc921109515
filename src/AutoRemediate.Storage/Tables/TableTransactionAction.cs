namespace AutoRemediate.Storage.Tables;

/// <summary>One operation of an entity-group transaction.</summary>
/// <param name="ActionType">What to do.</param>
/// <param name="Entity">The entity (only its keys matter for <see cref="TableTransactionActionType.Delete"/>).</param>
/// <param name="ETag">For updates and deletes: the ETag the stored entity must have; null means "*" (any).</param>
public sealed record TableTransactionAction(TableTransactionActionType ActionType, TableEntity Entity, string? ETag = null);
