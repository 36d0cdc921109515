namespace AutoRemediate.Core.Toil;

/// <summary>An alert rule whose occurrences humans still handle, ranked by the toil hours they cost.</summary>
/// <param name="RuleName">The alert rule.</param>
/// <param name="Occurrences">Its manual occurrences (unmatched, escalated, failed, dry run).</param>
/// <param name="Unmatched">Of those, how many matched no binding.</param>
/// <param name="ToilHours">The effort of those occurrences, in hours.</param>
/// <param name="BindingId">The binding most of them matched, or null when none did: what to fix first.</param>
public sealed record UnautomatedRule(string RuleName, int Occurrences, int Unmatched, double ToilHours, string? BindingId);
