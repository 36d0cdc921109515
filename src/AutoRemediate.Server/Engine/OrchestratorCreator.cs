using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Server.Engine;

/// <summary>
/// Creates a registered Microsoft.DurableTask orchestrator for each turn and wraps it in the SDK's shim, which
/// adapts it to DurableTask.Core.
/// </summary>
/// <remarks>
/// A fresh orchestrator per turn, from the root container: an orchestrator holds no state between turns (replay
/// rebuilds it), and must not depend on scoped services — it does no I/O.
/// </remarks>
internal sealed class OrchestratorCreator : ObjectCreator<TaskOrchestration>
{
    private readonly IServiceProvider _services;
    private readonly DurableTaskShimFactory _shims;
    private readonly Type _type;

    public OrchestratorCreator(string name, Type type, IServiceProvider services, DurableTaskShimFactory shims)
    {
        (Name, Version) = (name, string.Empty);
        (_type, _services, _shims) = (type, services, shims);
    }

    public override TaskOrchestration Create() =>
        _shims.CreateOrchestration(new TaskName(Name), (ITaskOrchestrator)ActivatorUtilities.GetServiceOrCreateInstance(_services, _type));
}
