namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>How long each waiting stage may take; read in an activity so a settings change cannot alter a replay.</summary>
internal sealed record StageDeadlines(TimeSpan Approval, TimeSpan Acting, TimeSpan Verifying);
