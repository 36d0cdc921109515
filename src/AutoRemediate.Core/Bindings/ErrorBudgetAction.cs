namespace AutoRemediate.Core.Bindings;

/// <summary>What the error-budget gate does when the remaining budget is below the threshold.</summary>
public enum ErrorBudgetAction
{
    /// <summary>A human must approve the run.</summary>
    RequireApproval,

    /// <summary>The run is refused.</summary>
    Block,
}
