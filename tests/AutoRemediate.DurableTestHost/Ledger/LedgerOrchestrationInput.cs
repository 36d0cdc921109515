namespace AutoRemediate.DurableTestHost.Ledger;

/// <summary>The crash-test orchestration's shape: how many steps, and the durable timer before the 3rd.</summary>
public sealed record LedgerOrchestrationInput(int Steps, double TimerSeconds)
{
    /// <summary>The name the test host registers the ledger orchestration under.</summary>
    public const string OrchestratorName = "LedgerOrchestration";
}
