namespace AutoRemediate.Functions.Operator;

/// <summary>The kill switch as the operator API shows it.</summary>
internal sealed record KillSwitchView(bool Engaged, string? ChangedBy, DateTimeOffset? ChangedAt, string? Reason);
