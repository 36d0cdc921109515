namespace AutoRemediate.Durable.Registration;

/// <summary>An activity type registered under a name; resolved from a DI scope per execution.</summary>
internal sealed record ActivityRegistration(string Name, Type ImplementationType);
