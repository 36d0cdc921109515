namespace AutoRemediate.Functions.Remediation;

/// <summary>
/// The port through which the webhook starts, finds and signals remediations; the only calls it makes per
/// alert, so it answers in milliseconds and leaves all remediation work to the orchestration.
/// </summary>
/// <remarks>Storage failures surface as exceptions; the webhook turns them into 503 so the sender retries.</remarks>
internal interface IRemediationStarter
{
    /// <summary>Schedules <see cref="RemediationOrchestration.Name"/> under <see cref="RemediationRequest.InstanceId"/>.</summary>
    /// <returns>True when this call created it; false when an instance with that id already existed (nothing scheduled).</returns>
    Task<bool> StartAsync(RemediationRequest request, CancellationToken cancellationToken);

    /// <summary>The remediation with this id, or null when there is none.</summary>
    Task<RemediationInstance?> FindAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>Delivers a lifecycle event (<see cref="RemediationOrchestration.AlertResolvedEvent"/>, ...) to a running remediation.</summary>
    Task RaiseAsync(string instanceId, string eventName, RemediationRequest payload, CancellationToken cancellationToken);
}
