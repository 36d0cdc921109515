namespace AutoRemediate.Runbooks;

/// <summary>The end of a runbook, for the remediation's Outcome record.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="Summary">One sentence: what was done, verified or rolled back.</param>
public sealed record RunbookResult(RunbookOutcome Outcome, string Summary);
