namespace AutoRemediate.DurableTestHost.Runbooks;

/// <summary>One journalled runbook step as the harness writes it.</summary>
public sealed record JournalLine(string InstanceId, string Kind, string Step, string Summary, IReadOnlyDictionary<string, string>? Details);
