namespace AutoRemediate.Runbooks.Restart;

/// <summary>The input of <see cref="RestartActivity"/>: one restart request.</summary>
/// <param name="Target">The site, slot, VM, scale set or container app id.</param>
/// <param name="Kind">How to restart it.</param>
/// <param name="InstanceIds">For a scale set: the batch's instance ids (never empty).</param>
/// <param name="Revision">For a container app: the revision to restart.</param>
/// <param name="SoftRestart">For a site or slot: restart only if needed after applying configuration.</param>
/// <param name="DryRun">Record the request instead of sending it.</param>
internal sealed record RestartOrder(string Target, RestartTargetKind Kind, IReadOnlyList<string>? InstanceIds, string? Revision, bool SoftRestart, bool DryRun);
