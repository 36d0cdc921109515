using AutoRemediate.Functions.Operator;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>
/// Fills one page of the remediation list through the operator API's <see cref="RemediationLister"/>. Stage,
/// runbook, binding and resource are not indexed in storage, so with those filters it reads whole storage pages
/// until it has a page of matches or has read <see cref="MaxStoragePages"/> of them; the next page goes on from there.
/// </summary>
internal sealed class RemediationBrowser(RemediationLister lister, IOptions<DashboardOptions> options, TimeProvider time)
{
    public const int MaxStoragePages = 10;

    public async Task<(RemediationPage? Page, string? Problem)> BrowseAsync(RemediationFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var pageSize = options.Value.PageSize;
        var (query, problem) = filter.ToQuery(time.GetUtcNow(), pageSize);
        if (query is null)
        {
            return (null, problem);
        }

        var items = new List<RemediationListItem>();
        string? next = query.ContinuationToken;
        for (var read = 0; read < MaxStoragePages; read++)
        {
            var page = await lister.ListAsync(query with { ContinuationToken = next }, cancellationToken);
            items.AddRange(page.Items.Where(filter.Matches));
            next = page.ContinuationToken;
            if (next is null || items.Count >= pageSize)
            {
                break;
            }
        }

        return (new RemediationPage(items, next), null);
    }
}
