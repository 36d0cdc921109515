namespace AutoRemediate.Functions.Operator;

/// <summary>
/// One page of remediations. Pass <see cref="ContinuationToken"/> back for the next page (null on the last); a page
/// may hold fewer than pageSize items, since other orchestrations (self-checks) sharing the task hub are left out.
/// </summary>
internal sealed record RemediationPage(IReadOnlyList<RemediationListItem> Items, string? ContinuationToken);
