using System.Diagnostics;
using DurableTask.Core;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Server.Engine;

/// <summary>
/// Runs DurableTask.Core's <see cref="TaskHubWorker"/> on the task hub for the life of the host, with every
/// registered orchestrator and activity.
/// </summary>
/// <remarks>
/// Stopping waits for the turns and activities in flight, then releases the hub's partitions so another process
/// takes them over at once instead of after their lease expires.
/// </remarks>
internal sealed class DurableEngineHost(
    EngineBackend backend,
    TaskRegistry registry,
    IServiceProvider services,
    DurableTaskShimFactory shims,
    IEnumerable<DispatchMiddleware> middleware,
    IOptions<DurableEngineOptions> options,
    ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<DurableEngineHost>();
    private TaskHubWorker? _worker;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        _logger.EngineStarting(settings.TaskHub, settings.PartitionCount, settings.MaxQueuePollingInterval, registry.Orchestrators.Count, registry.Activities.Count);
        var started = Stopwatch.StartNew();
        await backend.Service.CreateIfNotExistsAsync().WaitAsync(cancellationToken);

        var worker = new TaskHubWorker(backend.Worker, loggerFactory);
        worker.AddTaskOrchestrations([.. registry.Orchestrators.Select(task => new OrchestratorCreator(task.Key, task.Value, services, shims))]);
        worker.AddTaskActivities([.. registry.Activities.Select(task => new ActivityCreator(task.Key, task.Value, services, shims))]);
        foreach (var registered in middleware)
        {
            if (registered.Kind == DispatchMiddlewareKind.Orchestration)
            {
                worker.AddOrchestrationDispatcherMiddleware(registered.Middleware);
            }
            else
            {
                worker.AddActivityDispatcherMiddleware(registered.Middleware);
            }
        }

        await worker.StartAsync().WaitAsync(cancellationToken);
        _worker = worker;
        _logger.EngineStarted(settings.TaskHub, started.ElapsedMilliseconds);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var worker = Interlocked.Exchange(ref _worker, null);
        if (worker is null)
        {
            return;
        }

        var stopping = Stopwatch.StartNew();
        await worker.StopAsync(isForced: false).WaitAsync(cancellationToken);
        _logger.EngineStopped(options.Value.TaskHub, stopping.ElapsedMilliseconds);
    }

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None);
}
