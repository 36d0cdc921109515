namespace AutoRemediate.Runbooks.Hosting;

/// <summary>Whether a registered durable task is an orchestrator or an activity.</summary>
public enum DurableTaskKind
{
    Orchestrator,
    Activity,
}
