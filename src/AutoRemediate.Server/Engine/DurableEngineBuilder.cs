using DurableTask.Core.Middleware;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Server.Engine;

/// <summary>
/// What <see cref="DurableEngineServiceCollectionExtensions.AddDurableEngine(IServiceCollection)"/> returns: features
/// register their orchestrators and activities here, and the host that runs them adds the worker.
/// </summary>
public sealed class DurableEngineBuilder
{
    internal DurableEngineBuilder(IServiceCollection services, TaskRegistry registry) => (Services, Registry) = (services, registry);

    /// <summary>The service collection the engine is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Every orchestrator and activity registered so far.</summary>
    public TaskRegistry Registry { get; }

    /// <summary>Registers an orchestrator under <paramref name="name"/> (default: its <c>[DurableTask]</c> name or type name).</summary>
    public DurableEngineBuilder AddOrchestrator<TOrchestrator>(string? name = null)
        where TOrchestrator : class, ITaskOrchestrator
    {
        Registry.AddOrchestrator<TOrchestrator>(name);
        return this;
    }

    /// <summary>Registers an activity under <paramref name="name"/> (default: its <c>[DurableTask]</c> name or type name).</summary>
    public DurableEngineBuilder AddActivity<TActivity>(string? name = null)
        where TActivity : class, ITaskActivity
    {
        Registry.AddActivity<TActivity>(name);
        return this;
    }

    /// <summary>
    /// Runs <paramref name="middleware"/> around every orchestration turn this process's worker executes, in
    /// registration order (the first registered is the outermost). For tracing, metrics or test ledgers.
    /// </summary>
    public DurableEngineBuilder UseOrchestrationMiddleware(Func<DispatchMiddlewareContext, Func<Task>, Task> middleware) =>
        Use(DispatchMiddlewareKind.Orchestration, middleware);

    /// <summary>
    /// Runs <paramref name="middleware"/> around every activity this process's worker executes, in registration order
    /// (the first registered is the outermost).
    /// </summary>
    public DurableEngineBuilder UseActivityMiddleware(Func<DispatchMiddlewareContext, Func<Task>, Task> middleware) =>
        Use(DispatchMiddlewareKind.Activity, middleware);

    /// <summary>Runs the registered orchestrators and activities in this process (a client alone needs no worker).</summary>
    public DurableEngineBuilder AddWorker()
    {
        if (!Services.Any(service => service.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService)
            && service.ImplementationType == typeof(DurableEngineHost)))
        {
            Services.AddHostedService<DurableEngineHost>();
        }

        return this;
    }

    private DurableEngineBuilder Use(DispatchMiddlewareKind kind, Func<DispatchMiddlewareContext, Func<Task>, Task> middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        Services.AddSingleton(new DispatchMiddleware(kind, middleware));
        return this;
    }
}
