namespace AutoRemediate.DurableTestHost;

/// <summary>The crash-test orchestration's shape: how many steps, and the durable timer between the 2nd and 3rd.</summary>
public sealed record LedgerOrchestrationInput(int Steps, double TimerSeconds);
