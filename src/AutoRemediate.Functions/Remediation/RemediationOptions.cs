using System.ComponentModel.DataAnnotations;

namespace AutoRemediate.Functions.Remediation;

/// <summary>Stage deadlines of the remediation orchestration (section <c>Remediation</c>); validated at start-up.</summary>
/// <remarks>The approval deadline is the binding's <c>approval.timeout</c>, not a setting.</remarks>
internal sealed class RemediationOptions
{
    public const string SectionName = "Remediation";

    /// <summary>How long the Acting stage may take before the remediation is escalated.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Remediation:ActingTimeout must be between 1 second and 1 day.")]
    public TimeSpan ActingTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long the Verifying stage may take before the remediation is escalated.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Remediation:VerifyingTimeout must be between 1 second and 1 day.")]
    public TimeSpan VerifyingTimeout { get; set; } = TimeSpan.FromMinutes(15);
}
