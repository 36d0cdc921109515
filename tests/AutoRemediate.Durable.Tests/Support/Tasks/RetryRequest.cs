namespace AutoRemediate.Durable.Tests.Support.Tasks;

public sealed record RetryRequest(int FailuresBeforeSuccess, int MaxAttempts);
