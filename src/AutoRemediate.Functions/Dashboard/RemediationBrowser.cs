using AutoRemediate.Functions.Operator;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>
/// Serves the remediation list in a chosen order through the operator API's <see cref="RemediationLister"/>. The
/// instance store pages by instance id (a hash), so no storage page is in time order: the list reads the whole
/// time range (up to <see cref="MaxScanned"/> remediations), orders it, and cuts the page after the cursor. That
/// makes the order the same on every page, newest first by default, however the store spreads instances.
/// </summary>
internal sealed class RemediationBrowser(RemediationLister lister, IOptions<DashboardOptions> options, TimeProvider time)
{
    /// <summary>The most remediations one list or summary reads; beyond it the page says so and asks for a shorter range.</summary>
    public const int MaxScanned = 5000;

    public async Task<RemediationListing> BrowseAsync(RemediationFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (items, truncated) = await ReadAsync(filter, cancellationToken);
        var ordered = items.Where(i => filter.Cursor is null || filter.Cursor.Precedes(i, filter.Sort)).Order(filter.Sort).ToList();
        var pageSize = options.Value.PageSize;
        var page = ordered.Take(pageSize).ToList();
        var next = ordered.Count > pageSize ? RemediationCursor.After(filter.Sort, page[^1]) : null;
        return new RemediationListing(page, next, truncated);
    }

    /// <summary>The summary strip's counts, from the same reading and matching as the list they link to.</summary>
    public async Task<AttentionSummary> SummarizeAsync(CancellationToken cancellationToken)
    {
        var (items, truncated) = await ReadAsync(RemediationFilter.Default with { Since = AttentionSummary.Since }, cancellationToken);
        return AttentionSummary.Of(items, truncated);
    }

    private async Task<(List<RemediationListItem> Items, bool Truncated)> ReadAsync(RemediationFilter filter, CancellationToken cancellationToken)
    {
        var query = filter.ToQuery(time.GetUtcNow(), RemediationListQuery.MaxPageSize);
        var items = new List<RemediationListItem>();
        var (read, next) = (0, (string?)null);
        do
        {
            var page = await lister.ListAsync(query with { ContinuationToken = next }, cancellationToken);
            read += page.Items.Count;
            items.AddRange(page.Items.Where(filter.Matches));
            next = page.ContinuationToken;
        }
        while (next is not null && read < MaxScanned);

        return (items, next is not null);
    }
}
