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
    TimeProvider time,
    ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<DurableEngineHost>();
    private TaskHubWorker? _worker;

    /// <summary>How long the engine waits between attempts while the task hub's storage cannot be reached.</summary>
    internal static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>How long start-up waits for the engine before letting the host start without it.</summary>
    internal static readonly TimeSpan StartWait = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _stopping = new();
    private Task? _retrying;

    /// <remarks>
    /// When the hub's storage cannot be reached within <see cref="StartWait"/> at start-up, the host still starts (so it
    /// can answer health probes and 503s) and the engine keeps trying in the background every <see cref="RetryDelay"/>.
    /// </remarks>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        _logger.EngineStarting(settings.TaskHub, settings.PartitionCount, settings.MaxQueuePollingInterval, registry.Orchestrators.Count, registry.Activities.Count);
        var attempt = StartWorkerAsync(_stopping.Token);
        var first = await Task.WhenAny(attempt, Task.Delay(StartWait, time, cancellationToken));
        if (first == attempt && attempt.IsCompletedSuccessfully)
        {
            return;
        }

        // Storage is slow or down: let the host start (health and webhook answer 503) and keep trying behind it.
        _retrying = KeepTryingAsync(attempt, _stopping.Token);
    }

    private async Task KeepTryingAsync(Task attempt, CancellationToken stopping)
    {
        try
        {
            await attempt;
            return;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return;
        }
        catch (Exception exception)
        {
            _logger.EngineStartFailed(options.Value.TaskHub, RetryDelay, exception);
        }

        await RetryAsync(stopping);
    }

    private async Task RetryAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(RetryDelay, time, stopping);
                await StartWorkerAsync(stopping);
                return;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                _logger.EngineStartFailed(options.Value.TaskHub, RetryDelay, exception);
            }
        }
    }

    private async Task StartWorkerAsync(CancellationToken cancellationToken)
    {
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
        _logger.EngineStarted(options.Value.TaskHub, started.ElapsedMilliseconds);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_retrying is { } retrying)
        {
            await retrying.WaitAsync(cancellationToken);
        }

        var worker = Interlocked.Exchange(ref _worker, null);
        if (worker is null)
        {
            return;
        }

        var stopping = Stopwatch.StartNew();
        await worker.StopAsync(isForced: false).WaitAsync(cancellationToken);
        _logger.EngineStopped(options.Value.TaskHub, stopping.ElapsedMilliseconds);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        _stopping.Dispose();
    }
}
