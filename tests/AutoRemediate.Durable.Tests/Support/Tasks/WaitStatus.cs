namespace AutoRemediate.Durable.Tests.Support.Tasks;

public sealed record WaitStatus(string Stage);
