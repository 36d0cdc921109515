namespace AutoRemediate.Core.Toil;

/// <summary>One alert rule's share of a <see cref="ToilRollup"/>: what rule coverage and the unautomated ranking need.</summary>
public sealed class ToilRuleTally
{
    /// <summary>Occurrences of the rule, any outcome.</summary>
    public int Occurrences { get; set; }

    /// <summary>Of those, how many matched a binding.</summary>
    public int WithBinding { get; set; }

    /// <summary>Manual occurrences (unmatched, escalated, failed, dry run).</summary>
    public int Manual { get; set; }

    /// <summary>The effort of the manual occurrences.</summary>
    public ToilEffort ManualEffort { get; set; } = new();

    /// <summary>Manual occurrences that matched no binding.</summary>
    public int ManualUnmatched { get; set; }

    /// <summary>Manual occurrences per binding they matched.</summary>
    public Dictionary<string, int> ManualBindings { get; set; } = new(StringComparer.Ordinal);
}
