namespace AutoRemediate.Server.Tests.Support.Tasks;

/// <summary>When a timer was due and when its orchestration resumed.</summary>
internal sealed record TimerObservation(double Seconds, DateTime FireAt, DateTime ResumedAt);
