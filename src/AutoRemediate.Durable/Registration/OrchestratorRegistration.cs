namespace AutoRemediate.Durable.Registration;

/// <summary>An orchestrator type registered under a name.</summary>
internal sealed record OrchestratorRegistration(string Name, Type ImplementationType);
