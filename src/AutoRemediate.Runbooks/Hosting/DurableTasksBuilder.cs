using AutoRemediate.Runbooks.Hosting;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AutoRemediate.Runbooks.Hosting;

/// <summary>
/// Where features declare their orchestrators and activities, without knowing which host runs them: each becomes a
/// <see cref="DurableTaskRegistration"/> in the service collection.
/// </summary>
public sealed class DurableTasksBuilder(IServiceCollection services)
{
    /// <summary>The service collection the tasks and their dependencies are registered in.</summary>
    public IServiceCollection Services { get; } = services;

    /// <summary>Declares an orchestrator under <paramref name="name"/>.</summary>
    public DurableTasksBuilder AddOrchestrator<TOrchestrator>(string name)
        where TOrchestrator : class, ITaskOrchestrator
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Services.AddSingleton(new DurableTaskRegistration(name, typeof(TOrchestrator), DurableTaskKind.Orchestrator));
        return this;
    }

    /// <summary>Declares an activity under <paramref name="name"/>; it is created in a scope per execution.</summary>
    public DurableTasksBuilder AddActivity<TActivity>(string name)
        where TActivity : class, ITaskActivity
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Services.AddSingleton(new DurableTaskRegistration(name, typeof(TActivity), DurableTaskKind.Activity));
        Services.TryAddTransient<TActivity>();
        return this;
    }
}
