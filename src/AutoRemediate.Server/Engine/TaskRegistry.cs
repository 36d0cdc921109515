using System.Reflection;
using Microsoft.DurableTask;

namespace AutoRemediate.Server.Engine;

/// <summary>
/// The orchestrators and activities the engine runs, filled by the app layer with Microsoft.DurableTask types.
/// </summary>
/// <remarks>
/// A task's name is its <see cref="DurableTaskAttribute"/> name, or else its type name — the same rule the
/// Durable Functions worker uses, so both hosts schedule a task by the same name.
/// WARNING: the name is stored in every history; renaming a registered type breaks the instances in flight.
/// </remarks>
public sealed class TaskRegistry
{
    private readonly Dictionary<string, Type> _orchestrators = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Type> _activities = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The registered orchestrators by name.</summary>
    public IReadOnlyDictionary<string, Type> Orchestrators => _orchestrators;

    /// <summary>The registered activities by name.</summary>
    public IReadOnlyDictionary<string, Type> Activities => _activities;

    /// <summary>Registers an orchestrator; it is created from the container for every turn.</summary>
    public TaskRegistry AddOrchestrator<TOrchestrator>(string? name = null)
        where TOrchestrator : class, ITaskOrchestrator
    {
        Add(_orchestrators, name ?? NameOf(typeof(TOrchestrator)), typeof(TOrchestrator), "orchestrator");
        return this;
    }

    /// <summary>Registers an activity; it is created in its own container scope for every execution.</summary>
    public TaskRegistry AddActivity<TActivity>(string? name = null)
        where TActivity : class, ITaskActivity
    {
        Add(_activities, name ?? NameOf(typeof(TActivity)), typeof(TActivity), "activity");
        return this;
    }

    /// <summary>Registers <paramref name="type"/>, an <see cref="ITaskOrchestrator"/>, under <paramref name="name"/>.</summary>
    public TaskRegistry AddOrchestrator(string name, Type type)
    {
        Require<ITaskOrchestrator>(type);
        Add(_orchestrators, name, type, "orchestrator");
        return this;
    }

    /// <summary>Registers <paramref name="type"/>, an <see cref="ITaskActivity"/>, under <paramref name="name"/>.</summary>
    public TaskRegistry AddActivity(string name, Type type)
    {
        Require<ITaskActivity>(type);
        Add(_activities, name, type, "activity");
        return this;
    }

    /// <summary>Registers <typeparamref name="TOrchestrator"/> under <paramref name="name"/>, replacing what was there (tests substitute orchestrators this way).</summary>
    public TaskRegistry ReplaceOrchestrator<TOrchestrator>(string name)
        where TOrchestrator : class, ITaskOrchestrator
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _orchestrators[name] = typeof(TOrchestrator);
        return this;
    }

    internal static string NameOf(Type type) =>
        type.GetCustomAttribute<DurableTaskAttribute>()?.Name.Name is { Length: > 0 } name ? name : type.Name;

    private static void Add(Dictionary<string, Type> tasks, string name, Type type, string kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (tasks.TryGetValue(name, out var existing) && existing != type)
        {
            throw new InvalidOperationException($"The {kind} name '{name}' is taken by both {existing.FullName} and {type.FullName}.");
        }

        tasks[name] = type;
    }

    private static void Require<TTask>(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!type.IsClass || type.IsAbstract || !typeof(TTask).IsAssignableFrom(type))
        {
            throw new ArgumentException($"{type.FullName} is not a concrete {typeof(TTask).Name}.", nameof(type));
        }
    }
}
