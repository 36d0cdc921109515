namespace AutoRemediate.Core.Bindings;

/// <summary>
/// A binding's <c>verification</c> section: after acting, wait, then read one number from Azure Monitor and compare it
/// with a threshold. Exactly one source is set: a platform metric of the target (<see cref="Metric"/>) or a Log
/// Analytics query (<see cref="LogQuery"/> in <see cref="WorkspaceId"/>).
/// </summary>
public sealed record VerificationSettings
{
    /// <summary>Default wait before checking: long enough for a metric grain to be published after the action.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromMinutes(2);

    /// <summary>Default look-back window of the check.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromMinutes(5);

    /// <summary>The platform metric's name, e.g. <c>Http5xx</c>, read on the remediated resource.</summary>
    public string? Metric { get; init; }

    /// <summary>The metric aggregation: Average, Minimum, Maximum, Total or Count.</summary>
    public string Aggregation { get; init; } = "Average";

    /// <summary>The metric namespace, when not the resource's default one.</summary>
    public string? MetricNamespace { get; init; }

    /// <summary>A Kusto query whose first row's first column is the value (no rows counts as 0).</summary>
    public string? LogQuery { get; init; }

    /// <summary>The Log Analytics workspace (customer id) the query runs in.</summary>
    public string? WorkspaceId { get; init; }

    /// <summary>The threshold the value is compared with.</summary>
    public required double Threshold { get; init; }

    /// <summary>The comparison that must hold for the check to pass.</summary>
    public required VerificationComparison Comparison { get; init; }

    /// <summary>How far back the check looks (metric time span or query timespan), ending when it runs.</summary>
    public TimeSpan Window { get; init; } = DefaultWindow;

    /// <summary>How long to wait after the action before checking (a durable timer).</summary>
    public TimeSpan Wait { get; init; } = DefaultWait;

    /// <summary>Whether <paramref name="value"/> passes.</summary>
    public bool Passes(double value) => Comparison switch
    {
        VerificationComparison.LessThan => value < Threshold,
        VerificationComparison.LessThanOrEqual => value <= Threshold,
        VerificationComparison.GreaterThan => value > Threshold,
        VerificationComparison.GreaterThanOrEqual => value >= Threshold,
        _ => false,
    };

    /// <summary>"Http5xx (Total over 5m) &lt; 10", for audit lines.</summary>
    public string Describe()
    {
        var source = Metric is not null ? $"metric {Metric} ({Aggregation} over {Window})" : $"log query over {Window}";
        var op = Comparison switch
        {
            VerificationComparison.LessThan => "<",
            VerificationComparison.LessThanOrEqual => "<=",
            VerificationComparison.GreaterThan => ">",
            _ => ">=",
        };
        return $"{source} {op} {Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
