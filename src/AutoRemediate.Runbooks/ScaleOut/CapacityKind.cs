namespace AutoRemediate.Runbooks.ScaleOut;

/// <summary>Which capacity the scale-out runbook changes.</summary>
internal enum CapacityKind
{
    /// <summary>Not scalable by this runbook.</summary>
    Unsupported,

    /// <summary>A VM scale set's instance count (<c>sku.capacity</c>).</summary>
    ScaleSet,

    /// <summary>An App Service plan's worker count (a site target scales its plan).</summary>
    AppServicePlan,

    /// <summary>A container app's minimum replicas.</summary>
    ContainerApp,
}
