using AutoRemediate.Functions.Hosting;
using AutoRemediate.Storage;
using AutoRemediate.Storage.Errors;
using AutoRemediate.Server.Engine;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Health;

/// <summary><c>GET /healthz</c>: the one anonymous endpoint. It reveals no configuration or secret.</summary>
internal static class HealthEndpoints
{
    private static readonly TimeSpan StorageProbeTimeout = TimeSpan.FromSeconds(3);

    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", async (HostInfo host, StorageClientFactory storage, IOptions<DurableEngineOptions> engine, CancellationToken ct) =>
        {
            // The engine's work-item queue: activities waiting for a worker (DurableTask.AzureStorage lower-cases the hub).
            var workItems = $"{engine.Value.TaskHub.ToLowerInvariant()}-workitems";
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(StorageProbeTimeout);
            try
            {
                var backlog = await storage.GetQueueClient(workItems).GetApproximateMessageCountAsync(timeout.Token);
                return Results.Ok(new HealthReport("healthy", host.Mode.ToString(), host.Version, "reachable", backlog));
            }
            catch (StorageNotFoundException)
            {
                return Results.Ok(new HealthReport("healthy", host.Mode.ToString(), host.Version, "reachable (work queue not created yet)", 0));
            }
            catch (Exception exception) when (exception is StorageRequestException or HttpRequestException or OperationCanceledException or global::Azure.RequestFailedException)
            {
                // Unhealthy, not failed: the probe itself worked and says the dependency is down.
                var report = new HealthReport("unhealthy", host.Mode.ToString(), host.Version, $"unreachable ({exception.GetType().Name})", null);
                return Results.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous();
}
