using AutoRemediate.Durable.InMemory;
using AutoRemediate.Durable.Registration;
using AutoRemediate.Durable.Store;
using AutoRemediate.Durable.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AutoRemediate.Durable;

/// <summary>Registers orchestrators, activities, a store and the worker; returned by <c>AddDurableEngine</c>.</summary>
public sealed class DurableEngineBuilder
{
    internal DurableEngineBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection being configured.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Registers orchestrator <typeparamref name="TOrchestrator"/> under <paramref name="name"/> (case-insensitive).</summary>
    /// <remarks>A fresh orchestrator is created for every turn (constructor injection works; keep it free of I/O).</remarks>
    public DurableEngineBuilder AddOrchestrator<TOrchestrator>(string name)
        where TOrchestrator : class, ITaskOrchestrator
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Services.AddSingleton(new OrchestratorRegistration(name, typeof(TOrchestrator)));
        return this;
    }

    /// <summary>Registers activity <typeparamref name="TActivity"/> under <paramref name="name"/> (case-insensitive).</summary>
    /// <remarks>The activity is resolved from a new DI scope for every execution, so it can take scoped services.</remarks>
    public DurableEngineBuilder AddActivity<TActivity>(string name)
        where TActivity : class, ITaskActivity
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Services.AddSingleton(new ActivityRegistration(name, typeof(TActivity)));
        Services.TryAddTransient<TActivity>();
        return this;
    }

    /// <summary>Uses the in-process store and queue (tests, demos, single-process hosts).</summary>
    public DurableEngineBuilder UseInMemoryStore()
    {
        Services.TryAddSingleton<InMemoryInstanceStore>();
        Services.TryAddSingleton<IInstanceStore>(sp => sp.GetRequiredService<InMemoryInstanceStore>());
        Services.TryAddSingleton<InMemoryWorkQueue>();
        Services.TryAddSingleton<IWorkQueue>(sp => sp.GetRequiredService<InMemoryWorkQueue>());
        return this;
    }

    /// <summary>Adds the polling worker and the lease sweeper as hosted services (not needed in invocation mode).</summary>
    public DurableEngineBuilder AddWorker()
    {
        Services.AddHostedService<DurableWorker>();
        Services.AddHostedService(sp => sp.GetRequiredService<LeaseSweeper>());
        return this;
    }
}
