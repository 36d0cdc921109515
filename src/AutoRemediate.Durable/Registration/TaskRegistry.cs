using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Durable.Registration;

/// <summary>The orchestrators and activities this process can run, by name (case-insensitive).</summary>
internal sealed class TaskRegistry
{
    private readonly Dictionary<string, Type> orchestrators = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Type> activities = new(StringComparer.OrdinalIgnoreCase);
    private readonly IServiceProvider services;

    public TaskRegistry(IEnumerable<OrchestratorRegistration> orchestratorRegistrations, IEnumerable<ActivityRegistration> activityRegistrations, IServiceProvider services)
    {
        this.services = services;
        foreach (var registration in orchestratorRegistrations)
        {
            if (!orchestrators.TryAdd(registration.Name, registration.ImplementationType))
            {
                throw new InvalidOperationException($"Two orchestrators are registered under the name '{registration.Name}'.");
            }
        }

        foreach (var registration in activityRegistrations)
        {
            if (!activities.TryAdd(registration.Name, registration.ImplementationType))
            {
                throw new InvalidOperationException($"Two activities are registered under the name '{registration.Name}'.");
            }
        }
    }

    /// <summary>A fresh orchestrator instance for one turn, or null when none is registered under <paramref name="name"/>.</summary>
    public ITaskOrchestrator? CreateOrchestrator(string name) =>
        orchestrators.TryGetValue(name, out var type)
            ? (ITaskOrchestrator)ActivatorUtilities.CreateInstance(services, type)
            : null;

    /// <summary>Resolves the activity <paramref name="name"/> from <paramref name="scope"/>, or null when none is registered.</summary>
    public ITaskActivity? CreateActivity(string name, IServiceProvider scope) =>
        activities.TryGetValue(name, out var type) ? (ITaskActivity)scope.GetRequiredService(type) : null;
}
