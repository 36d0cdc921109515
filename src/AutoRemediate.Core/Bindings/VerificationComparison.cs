namespace AutoRemediate.Core.Bindings;

/// <summary>How a verification compares the measured value with its threshold; the check passes when it holds.</summary>
public enum VerificationComparison
{
    /// <summary>Passes when value &lt; threshold (e.g. error count after a restart).</summary>
    LessThan,

    /// <summary>Passes when value ≤ threshold.</summary>
    LessThanOrEqual,

    /// <summary>Passes when value &gt; threshold (e.g. successful requests).</summary>
    GreaterThan,

    /// <summary>Passes when value ≥ threshold.</summary>
    GreaterThanOrEqual,
}
