using System.Text.Json.Nodes;
using Azure.Core;
using AutoRemediate.Azure.Requests;
using AutoRemediate.Azure.Resources;

namespace AutoRemediate.Azure.ContainerApps;

/// <inheritdoc />
internal sealed class ContainerAppsClient(ResourceManagerContext context) : IContainerAppsClient
{
    private const string ContainerApps = "Microsoft.App/containerApps";

    public async Task<AzureActionResult> RestartRevisionAsync(ResourceIdentifier containerApp, string revisionName, CancellationToken cancellationToken = default)
    {
        ResourceManagerContext.RequireType(containerApp, ContainerApps);
        ArgumentException.ThrowIfNullOrWhiteSpace(revisionName);
        var request = context.Request(
            "POST", containerApp, $"/revisions/{Uri.EscapeDataString(revisionName)}/restart", null);
        return await context.Client.ChangeAsync(request, waitForCompletion: true, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AzureResult<int>> GetMinReplicasAsync(ResourceIdentifier containerApp, CancellationToken cancellationToken = default)
    {
        var (template, ids) = await ReadTemplateAsync(containerApp, cancellationToken).ConfigureAwait(false);
        return new AzureResult<int>(template["scale"]?["minReplicas"]?.GetValue<int>() ?? 0, ids);
    }

    public async Task<AzureActionResult> SetMinReplicasAsync(ResourceIdentifier containerApp, int minReplicas, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minReplicas);
        var (template, _) = await ReadTemplateAsync(containerApp, cancellationToken).ConfigureAwait(false);
        if (template["scale"] is not JsonObject scale)
        {
            scale = [];
            template["scale"] = scale;
        }

        scale["minReplicas"] = minReplicas;
        var body = new JsonObject { ["properties"] = new JsonObject { ["template"] = template } }.ToJsonString();
        var request = context.Request("PATCH", containerApp, string.Empty, body);
        return await context.Client.ChangeAsync(request, waitForCompletion: true, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(JsonObject Template, AzureRequestIds Ids)> ReadTemplateAsync(ResourceIdentifier containerApp, CancellationToken cancellationToken)
    {
        ResourceManagerContext.RequireType(containerApp, ContainerApps);
        var request = context.Request("GET", containerApp, string.Empty, null);
        var response = await context.Client.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        var app = JsonNode.Parse(response.Content.ToString())!;
        return ((app["properties"]?["template"] as JsonObject)?.DeepClone().AsObject() ?? [], response.RequestIds);
    }
}
