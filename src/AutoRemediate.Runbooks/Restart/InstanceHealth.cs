namespace AutoRemediate.Runbooks.Restart;

/// <summary>One scale set instance as the rolling restart sees it.</summary>
/// <param name="InstanceId">The instance id.</param>
/// <param name="Healthy">Running, provisioned and (when the health extension reports) healthy.</param>
/// <param name="State">Power and health state, for the audit line.</param>
internal sealed record InstanceHealth(string InstanceId, bool Healthy, string State);
