using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Server.Engine;

/// <summary>Registers the Durable Task engine: the worker as a hosted service and a <see cref="DurableTaskClient"/>.</summary>
public static class DurableEngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine with <paramref name="register"/>'s orchestrators and activities and runs them in this
    /// process.
    /// </summary>
    public static IServiceCollection AddDurableEngine(this IServiceCollection services, Action<TaskRegistry> register)
    {
        ArgumentNullException.ThrowIfNull(register);
        var engine = services.AddDurableEngine();
        register(engine.Registry);
        engine.AddWorker();
        return services;
    }

    /// <summary>
    /// Registers the engine's client side (backend, <see cref="DurableTaskClient"/>) once per service collection and
    /// returns the builder features register their tasks with; call <see cref="DurableEngineBuilder.AddWorker"/> to
    /// run them here.
    /// </summary>
    /// <remarks>
    /// Inputs, outputs and custom statuses go through the <see cref="DataConverter"/> registered before this call, or
    /// <see cref="JsonDataConverter.Default"/>.
    /// </remarks>
    public static DurableEngineBuilder AddDurableEngine(this IServiceCollection services)
    {
        if (services.FirstOrDefault(service => service.ServiceType == typeof(TaskRegistry))?.ImplementationInstance is TaskRegistry existing)
        {
            return new DurableEngineBuilder(services, existing);
        }

        var registry = new TaskRegistry();
        services.AddOptions<DurableEngineOptions>().BindConfiguration(DurableEngineOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DurableEngineOptions>, DurableEngineOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(registry);
        services.AddSingleton<EngineBackend>();
        services.TryAddSingleton<DataConverter>(JsonDataConverter.Default);
        services.AddSingleton(provider => new DurableTaskShimFactory(
            new DurableTaskWorkerOptions { DataConverter = provider.GetRequiredService<DataConverter>() },
            provider.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(provider => new TaskHubClient(
            provider.GetRequiredService<EngineBackend>().Service,
            new CoreDataConverter(provider.GetRequiredService<DataConverter>()),
            provider.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<DurableTaskClient>(provider => ActivatorUtilities.CreateInstance<TaskHubDurableTaskClient>(
            provider, provider.GetRequiredService<EngineBackend>().Service as IOrchestrationServiceClient));
        return new DurableEngineBuilder(services, registry);
    }
}
