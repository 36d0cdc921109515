namespace AutoRemediate.Runbooks.Restart;

/// <summary>What kind of resource a restart target is; decides how it is restarted.</summary>
internal enum RestartTargetKind
{
    /// <summary>Not restartable by this runbook.</summary>
    Unsupported,

    /// <summary>An App Service web app or Function App (<c>Microsoft.Web/sites</c>).</summary>
    Site,

    /// <summary>One deployment slot (<c>Microsoft.Web/sites/slots</c>): only the slot restarts.</summary>
    Slot,

    /// <summary>A virtual machine.</summary>
    VirtualMachine,

    /// <summary>A VM scale set: a rolling restart of its instances in batches.</summary>
    ScaleSet,

    /// <summary>A container app: its latest ready revision (or the <c>revision</c> parameter) restarts.</summary>
    ContainerApp,
}
