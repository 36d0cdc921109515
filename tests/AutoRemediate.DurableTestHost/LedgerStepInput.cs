namespace AutoRemediate.DurableTestHost;

/// <summary>Which step of which instance an activity execution is.</summary>
public sealed record LedgerStepInput(int Step, int WorkMilliseconds);
