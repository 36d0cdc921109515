namespace AutoRemediate.Functions.Remediation;

/// <summary>
/// The names the webhook and the remediation orchestration agree on. The orchestrator registers under
/// <see cref="Name"/> and takes a <see cref="RemediationRequest"/> as input; both events carry one too.
/// </summary>
internal static class RemediationOrchestration
{
    /// <summary>The orchestrator name every alert's remediation is scheduled under.</summary>
    public const string Name = "Remediation";

    /// <summary>Raised when the sender reports the alert resolved; the payload is the resolving <see cref="RemediationRequest"/>.</summary>
    public const string AlertResolvedEvent = "AlertResolved";

    /// <summary>Raised when the same alert fires again (a new notification body) while its remediation runs.</summary>
    public const string AlertRefiredEvent = "AlertRefired";
}
