namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>Which binding an alert matched (or why none did) and the stage deadlines, fixed in history once chosen.</summary>
/// <param name="BindingId">The winning binding, or null when unmatched.</param>
/// <param name="BindingVersion">Its author's version.</param>
/// <param name="ContentHash">The SHA-256 of its file.</param>
/// <param name="Runbook">Its runbook name.</param>
/// <param name="DryRun">Its dry-run flag.</param>
/// <param name="Reason">The matcher's reason.</param>
/// <param name="CatalogVersion">The catalog version the match was made on.</param>
/// <param name="Deadlines">The stage deadlines for this remediation.</param>
/// <param name="Coded">
/// Whether the coded runbook runs (this build has it and the host has Azure access). False, also in histories written
/// before coded runbooks existed: a dry run then records the plan only and a live binding escalates.
/// </param>
/// <param name="NotCodedReason">Why the coded runbook does not run, when it does not.</param>
internal sealed record BindingChoice(
    string? BindingId,
    int? BindingVersion,
    string? ContentHash,
    string? Runbook,
    bool DryRun,
    string Reason,
    string CatalogVersion,
    StageDeadlines Deadlines,
    bool Coded = false,
    string? NotCodedReason = null);
