using System.Text.Json.Nodes;
using Azure.Core;
using AutoRemediate.Azure.Requests;
using AutoRemediate.Azure.Resources;

namespace AutoRemediate.Azure.AppService;

/// <inheritdoc />
internal sealed class AppServiceClient(ResourceManagerContext context) : IAppServiceClient
{
    private const string Sites = "Microsoft.Web/sites";
    private const string Slots = "Microsoft.Web/sites/slots";
    private const string Plans = "Microsoft.Web/serverfarms";

    public async Task<AzureActionResult> RestartAsync(ResourceIdentifier siteOrSlot, bool softRestart = false, CancellationToken cancellationToken = default)
    {
        ResourceManagerContext.RequireType(siteOrSlot, Sites, Slots);
        var request = context.Request("POST", siteOrSlot, "/restart", null, softRestart ? "softRestart=true" : null);
        return await context.Client.ChangeAsync(request, waitForCompletion: true, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AzureResult<int>> GetWorkerCountAsync(ResourceIdentifier plan, CancellationToken cancellationToken = default)
    {
        var (json, ids) = await ReadPlanAsync(plan, cancellationToken).ConfigureAwait(false);
        return new AzureResult<int>(json["sku"]?["capacity"]?.GetValue<int>() ?? 0, ids);
    }

    public async Task<AzureActionResult> SetWorkerCountAsync(ResourceIdentifier plan, int workers, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers);
        var (current, _) = await ReadPlanAsync(plan, cancellationToken).ConfigureAwait(false);
        var sku = current["sku"]?.DeepClone().AsObject() ?? [];
        sku["capacity"] = workers;
        // Only the writable top-level members go back; ARM ignores read-only properties inside them.
        var body = new JsonObject
        {
            ["location"] = current["location"]?.DeepClone(),
            ["kind"] = current["kind"]?.DeepClone(),
            ["tags"] = current["tags"]?.DeepClone(),
            ["sku"] = sku,
            ["properties"] = current["properties"]?.DeepClone(),
        };
        var request = context.Request("PUT", plan, string.Empty, body.ToJsonString());
        return await context.Client.ChangeAsync(request, waitForCompletion: true, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(JsonObject Json, AzureRequestIds Ids)> ReadPlanAsync(ResourceIdentifier plan, CancellationToken cancellationToken)
    {
        ResourceManagerContext.RequireType(plan, Plans);
        var request = context.Request("GET", plan, string.Empty, null);
        var response = await context.Client.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        return (JsonNode.Parse(response.Content.ToString())!.AsObject(), response.RequestIds);
    }
}
