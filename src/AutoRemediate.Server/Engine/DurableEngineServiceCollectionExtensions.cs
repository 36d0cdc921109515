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
    /// Adds the engine, configured from the <c>Durable</c> section (validated at start-up), running the orchestrators
    /// and activities that <paramref name="register"/> adds.
    /// </summary>
    public static IServiceCollection AddDurableEngine(this IServiceCollection services, Action<TaskRegistry> register)
    {
        ArgumentNullException.ThrowIfNull(register);
        var registry = new TaskRegistry();
        register(registry);

        services.AddOptions<DurableEngineOptions>().BindConfiguration(DurableEngineOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DurableEngineOptions>, DurableEngineOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(registry);
        services.AddSingleton<EngineBackend>();
        services.AddSingleton<DataConverter>(JsonDataConverter.Default);
        services.AddSingleton(provider => new DurableTaskShimFactory(
            new DurableTaskWorkerOptions { DataConverter = provider.GetRequiredService<DataConverter>() },
            provider.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(provider => new TaskHubClient(
            provider.GetRequiredService<EngineBackend>().Service,
            new CoreDataConverter(provider.GetRequiredService<DataConverter>()),
            provider.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<DurableTaskClient>(provider => ActivatorUtilities.CreateInstance<TaskHubDurableTaskClient>(
            provider, provider.GetRequiredService<EngineBackend>().Service as IOrchestrationServiceClient));
        services.AddHostedService<DurableEngineHost>();
        return services;
    }
}
