namespace AutoRemediate.Core.Guardrails.Policy;

/// <summary>A Log Analytics query over the SLO window returning one row with numeric columns <c>bad</c> and <c>total</c>.</summary>
/// <param name="WorkspaceId">The workspace (customer) id.</param>
/// <param name="Query">The Kusto query.</param>
public sealed record LogQueryBudgetSource(string WorkspaceId, string Query) : SloBudgetSource
{
    /// <summary>The columns the query must return.</summary>
    public const string BadColumn = "bad";

    /// <inheritdoc cref="BadColumn"/>
    public const string TotalColumn = "total";

    /// <inheritdoc />
    public override string Describe() => $"Log Analytics workspace {WorkspaceId}";
}
