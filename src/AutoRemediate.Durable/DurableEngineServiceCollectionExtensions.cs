using AutoRemediate.Durable.Client;
using AutoRemediate.Durable.Ids;
using AutoRemediate.Durable.Registration;
using AutoRemediate.Durable.Store;
using AutoRemediate.Durable.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Durable;

/// <summary>DI registration of the durable engine.</summary>
public static class DurableEngineServiceCollectionExtensions
{
    /// <summary>Adds the engine (client, work item processor, sweeper) with options bound from
    /// <paramref name="configuration"/> (e.g. the <see cref="DurableEngineOptions.SectionName"/> section).</summary>
    public static DurableEngineBuilder AddDurableEngine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddDurableEngine(options => configuration.Bind(options));
    }

    /// <summary>Adds the engine (client, work item processor, sweeper); options are validated at start-up.</summary>
    /// <remarks>Add a store (<see cref="DurableEngineBuilder.UseInMemoryStore"/> or the Azure one) and, for polling
    /// hosts, <see cref="DurableEngineBuilder.AddWorker"/>.</remarks>
    public static DurableEngineBuilder AddDurableEngine(this IServiceCollection services, Action<DurableEngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DurableEngineOptions>()
            .Configure(options => configure?.Invoke(options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DurableEngineOptions>, DurableEngineOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IIdGenerator, RandomIdGenerator>();
        services.TryAddSingleton(sp => new WorkerIdentity(
            sp.GetRequiredService<IOptions<DurableEngineOptions>>().Value.WorkerId
            ?? $"{Environment.MachineName}-{Environment.ProcessId}-{sp.GetRequiredService<IIdGenerator>().NewWorkerSuffix()}"));
        services.TryAddSingleton<TaskRegistry>();
        services.TryAddSingleton<InstanceTurnGate>();
        services.TryAddSingleton<TurnObservers>();
        services.TryAddSingleton<TurnPlanner>();
        services.TryAddSingleton<OrchestrationTurnRunner>();
        services.TryAddSingleton<ActivityRunner>();
        services.TryAddSingleton<LeaseSweeper>();
        services.TryAddSingleton(sp => new WorkItemProcessor(
            sp.GetRequiredService<OrchestrationTurnRunner>(),
            sp.GetRequiredService<ActivityRunner>(),
            sp.GetRequiredService<IWorkQueue>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<DurableEngineOptions>>(),
            sp.GetRequiredService<ILogger<WorkItemProcessor>>()));
        services.TryAddSingleton(sp => new DurableTaskClient(
            sp.GetRequiredService<IInstanceStore>(),
            sp.GetRequiredService<IWorkQueue>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IIdGenerator>(),
            sp.GetRequiredService<ILogger<DurableTaskClient>>()));
        return new DurableEngineBuilder(services);
    }
}
