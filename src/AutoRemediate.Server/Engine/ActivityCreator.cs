using DurableTask.Core;
using Microsoft.DurableTask.Worker.Shims;

namespace AutoRemediate.Server.Engine;

/// <summary>Gives DurableTask.Core a <see cref="ScopedActivity"/> for a registered Microsoft.DurableTask activity.</summary>
internal sealed class ActivityCreator : ObjectCreator<TaskActivity>
{
    private readonly ScopedActivity _activity;

    public ActivityCreator(string name, Type type, IServiceProvider services, DurableTaskShimFactory shims)
    {
        (Name, Version) = (name, string.Empty);
        _activity = new ScopedActivity(name, type, services, shims);
    }

    public override TaskActivity Create() => _activity;
}
