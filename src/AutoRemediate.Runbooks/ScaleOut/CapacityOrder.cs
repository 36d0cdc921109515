namespace AutoRemediate.Runbooks.ScaleOut;

/// <summary>The input of <see cref="SetCapacityActivity"/>.</summary>
/// <param name="Kind">What is scaled.</param>
/// <param name="ScaledResource">The scale set, plan or container app.</param>
/// <param name="Capacity">The new instance, worker or min replica count.</param>
/// <param name="DryRun">Record the request instead of sending it.</param>
internal sealed record CapacityOrder(CapacityKind Kind, string ScaledResource, int Capacity, bool DryRun);
