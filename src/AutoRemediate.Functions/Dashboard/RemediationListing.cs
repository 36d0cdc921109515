using AutoRemediate.Functions.Operator;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>
/// One page of the sorted remediation list: its items, the cursor of the next page (null on the last), and whether
/// the time range held more remediations than the list reads (then the order covers only those read).
/// </summary>
internal sealed record RemediationListing(IReadOnlyList<RemediationListItem> Items, RemediationCursor? Next, bool Truncated);
