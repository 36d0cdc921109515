namespace AutoRemediate.DurableTestHost;

/// <summary>The name this test host gives its worker, recorded in every ledger entry.</summary>
public sealed record WorkerName(string Id);
