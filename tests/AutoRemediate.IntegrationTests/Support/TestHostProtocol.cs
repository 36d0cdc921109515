namespace AutoRemediate.IntegrationTests.Support;

/// <summary>The line the durable test host prints once its worker is polling.</summary>
internal static class TestHostProtocol
{
    public const string ReadyLine = "durable-test-host: ready";
}
