using AutoRemediate.Runbooks.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Runbooks.Hosting;

/// <summary>Entry point for declaring durable tasks.</summary>
public static class DurableTasksServiceCollectionExtensions
{
    /// <summary>A builder features declare their orchestrators and activities with.</summary>
    public static DurableTasksBuilder AddDurableTasks(this IServiceCollection services) => new(services);

    /// <summary>Every orchestrator and activity declared in <paramref name="services"/> so far.</summary>
    public static IEnumerable<DurableTaskRegistration> DurableTaskRegistrations(this IServiceCollection services) =>
        services.Select(service => service.ImplementationInstance).OfType<DurableTaskRegistration>();
}
