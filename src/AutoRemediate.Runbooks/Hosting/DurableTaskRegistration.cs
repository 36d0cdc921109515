namespace AutoRemediate.Runbooks.Hosting;

/// <summary>
/// One orchestrator or activity a feature contributes, under the name its histories store. The host that runs the
/// engine reads these from the service collection and registers them with its worker.
/// </summary>
/// <param name="Name">The task's name: stored in every history, so renaming it breaks instances in flight.</param>
/// <param name="Type">The <c>ITaskOrchestrator</c> or <c>ITaskActivity</c> implementation.</param>
/// <param name="Kind">Orchestrator or activity.</param>
public sealed record DurableTaskRegistration(string Name, Type Type, DurableTaskKind Kind);
