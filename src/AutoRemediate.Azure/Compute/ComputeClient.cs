using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Core;
using AutoRemediate.Azure.Requests;
using AutoRemediate.Azure.Resources;

namespace AutoRemediate.Azure.Compute;

/// <inheritdoc />
internal sealed class ComputeClient(ResourceManagerContext context) : IComputeClient
{
    private const string VirtualMachines = "Microsoft.Compute/virtualMachines";
    private const string ScaleSets = "Microsoft.Compute/virtualMachineScaleSets";

    public async Task<AzureActionResult> RestartVirtualMachineAsync(ResourceIdentifier virtualMachine, CancellationToken cancellationToken = default)
    {
        ResourceManagerContext.RequireType(virtualMachine, VirtualMachines);
        var request = await context.RequestAsync("POST", virtualMachine, "/restart", null, cancellationToken).ConfigureAwait(false);
        return await context.Executor.ChangeAsync(request, waitForCompletion: true, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AzureResult<IReadOnlyList<ScaleSetInstance>>> ListInstancesAsync(ResourceIdentifier scaleSet, CancellationToken cancellationToken = default)
    {
        ResourceManagerContext.RequireType(scaleSet, ScaleSets);
        var request = await context.RequestAsync("GET", scaleSet, "/virtualMachines", null, cancellationToken, "$expand=instanceView").ConfigureAwait(false);
        var instances = new List<ScaleSetInstance>();
        var ids = AzureRequestIds.None;
        for (Uri? next = request.Uri; next is not null;)
        {
            var response = await context.Executor.ReadAsync(request with { Uri = next }, cancellationToken).ConfigureAwait(false);
            var page = response.Json();
            instances.AddRange(page.GetProperty("value").EnumerateArray().Select(ScaleSetInstance.From));
            ids = response.RequestIds;
            next = NextLink(page, request.Uri);
        }

        return new AzureResult<IReadOnlyList<ScaleSetInstance>>(instances, ids);
    }

    public async Task<AzureResult<ScaleSetInstance>> GetInstanceAsync(ResourceIdentifier scaleSet, string instanceId, CancellationToken cancellationToken = default)
    {
        ResourceManagerContext.RequireType(scaleSet, ScaleSets);
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        var request = await context.RequestAsync(
            "GET", scaleSet, "/virtualMachines/" + Uri.EscapeDataString(instanceId), null, cancellationToken, "$expand=instanceView").ConfigureAwait(false);
        var response = await context.Executor.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        return new AzureResult<ScaleSetInstance>(ScaleSetInstance.From(response.Json()), response.RequestIds);
    }

    public async Task<AzureActionResult> RestartInstancesAsync(ResourceIdentifier scaleSet, IReadOnlyCollection<string> instanceIds, CancellationToken cancellationToken = default)
    {
        ResourceManagerContext.RequireType(scaleSet, ScaleSets);
        ArgumentNullException.ThrowIfNull(instanceIds);
        if (instanceIds.Count == 0 || instanceIds.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Name at least one instance: an empty list restarts the whole scale set.", nameof(instanceIds));
        }

        var body = JsonSerializer.Serialize(new Dictionary<string, object> { ["instanceIds"] = instanceIds });
        var request = await context.RequestAsync("POST", scaleSet, "/restart", body, cancellationToken).ConfigureAwait(false);
        return await context.Executor.ChangeAsync(request, waitForCompletion: true, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AzureResult<int>> GetCapacityAsync(ResourceIdentifier scaleSet, CancellationToken cancellationToken = default)
    {
        ResourceManagerContext.RequireType(scaleSet, ScaleSets);
        var request = await context.RequestAsync("GET", scaleSet, string.Empty, null, cancellationToken).ConfigureAwait(false);
        var response = await context.Executor.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        var json = response.Json();
        var capacity = json.TryGetProperty("sku", out var sku) && sku.TryGetProperty("capacity", out var value) ? value.GetInt32() : 0;
        return new AzureResult<int>(capacity, response.RequestIds);
    }

    public async Task<AzureActionResult> SetCapacityAsync(ResourceIdentifier scaleSet, int capacity, CancellationToken cancellationToken = default)
    {
        ResourceManagerContext.RequireType(scaleSet, ScaleSets);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        var body = new JsonObject { ["sku"] = new JsonObject { ["capacity"] = capacity } }.ToJsonString();
        var request = await context.RequestAsync("PATCH", scaleSet, string.Empty, body, cancellationToken).ConfigureAwait(false);
        return await context.Executor.ChangeAsync(request, waitForCompletion: true, cancellationToken).ConfigureAwait(false);
    }

    private static Uri? NextLink(JsonElement page, Uri first) =>
        page.TryGetProperty("nextLink", out var link) && link.GetString() is { Length: > 0 } text
            && Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, first.Authority, StringComparison.OrdinalIgnoreCase)
            ? uri
            : null;
}
