using Azure.Core;
using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.AppService;

/// <summary>App Service and Function App actions: restart a site or slot, read and set a plan's worker count.</summary>
public interface IAppServiceClient
{
    /// <summary>
    /// Restarts a site (<c>Microsoft.Web/sites</c>, including Function Apps) or one deployment slot
    /// (<c>Microsoft.Web/sites/slots</c>): <c>POST {id}/restart</c>.
    /// </summary>
    /// <param name="siteOrSlot">The site's or the slot's resource id.</param>
    /// <param name="softRestart">Apply configuration and restart only if needed, instead of always reprovisioning.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<AzureActionResult> RestartAsync(ResourceIdentifier siteOrSlot, bool softRestart = false, CancellationToken cancellationToken = default);

    /// <summary>The plan's worker count (<c>sku.capacity</c>).</summary>
    Task<AzureResult<int>> GetWorkerCountAsync(ResourceIdentifier plan, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the plan's worker count: reads the plan and writes it back (<c>PUT</c>) with the new <c>sku.capacity</c>,
    /// since the plan's PATCH does not take a SKU.
    /// </summary>
    Task<AzureActionResult> SetWorkerCountAsync(ResourceIdentifier plan, int workers, CancellationToken cancellationToken = default);
}
