namespace AutoRemediate.Durable.Tests.Support.Tasks;

/// <summary>Registers every test orchestrator and activity under its usual name.</summary>
public static class TestTasks
{
    public static void RegisterAll(DurableEngineBuilder engine)
    {
        RegisterActivities(engine);
        engine.AddOrchestrator<SequenceOrchestrator>("Sequence")
            .AddOrchestrator<CatchFailureOrchestrator>("CatchFailure")
            .AddOrchestrator<UnhandledFailureOrchestrator>("UnhandledFailure")
            .AddOrchestrator<TimerOrchestrator>("Timer")
            .AddOrchestrator<WaitForEventOrchestrator>("WaitForEvent")
            .AddOrchestrator<WaitWithTimeoutOrchestrator>("WaitWithTimeout")
            .AddOrchestrator<ApprovalOrchestrator>("Approval")
            .AddOrchestrator<FanOutOrchestrator>("FanOut")
            .AddOrchestrator<RetryOrchestrator>("Retry")
            .AddOrchestrator<CountingOrchestrator>("Counting")
            .AddOrchestrator<GatedTurnOrchestrator>("GatedTurn")
            .AddOrchestrator<DeployV1Orchestrator>("Deploy")
            .AddOrchestrator<LargeInputOrchestrator>("LargeInput")
            .AddOrchestrator<GuidOrchestrator>("Guids");
    }

    public static void RegisterActivities(DurableEngineBuilder engine) =>
        engine.AddActivity<AppendActivity>("Append")
            .AddActivity<FailActivity>("Fail")
            .AddActivity<SquareActivity>("Square")
            .AddActivity<FlakyActivity>("Flaky");
}
