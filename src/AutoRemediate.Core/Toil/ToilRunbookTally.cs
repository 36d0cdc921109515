namespace AutoRemediate.Core.Toil;

/// <summary>One runbook's share of a <see cref="ToilRollup"/>.</summary>
public sealed class ToilRunbookTally
{
    /// <summary>Occurrences whose binding names this runbook, any outcome (a runbook is listed while it has one).</summary>
    public int Occurrences { get; set; }

    /// <summary>Automated occurrences.</summary>
    public int Remediated { get; set; }

    /// <summary>Failed occurrences.</summary>
    public int Failed { get; set; }

    /// <summary>Escalated occurrences.</summary>
    public int Escalated { get; set; }

    /// <summary>Dry-run occurrences.</summary>
    public int DryRuns { get; set; }

    /// <summary>The effort of the automated occurrences: the hours it avoided.</summary>
    public ToilEffort Avoided { get; set; } = new();
}
