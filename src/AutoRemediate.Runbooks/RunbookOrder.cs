namespace AutoRemediate.Runbooks;

/// <summary>
/// The input of a runbook's Azure activity: the resource it changes and whether to only record the change. Derive a
/// record of your own for the activity's other inputs (<c>record RecycleSlotOrder(string Target, bool DryRun, bool
/// SoftRestart) : RunbookOrder(Target, DryRun)</c>).
/// </summary>
/// <remarks>
/// WARNING: orders are stored as JSON in every in-flight history; add properties with defaults, never rename or remove one.
/// </remarks>
/// <param name="Target">The resource id the activity acts on.</param>
/// <param name="DryRun">True to read live state and record the change instead of sending it.</param>
public record RunbookOrder(string Target, bool DryRun);
