namespace AutoRemediate.Core.Alerts;

/// <summary>
/// Which delivery of an alert started its remediation. The engine deduplicates concurrent starts of one instance id
/// into one execution without telling the callers; an atomic claim per instance id, taken before the start, lets
/// exactly one of them answer "started" and the others "already existed".
/// </summary>
public interface IStartClaims
{
    /// <summary>Takes the claim on <paramref name="instanceId"/>; false when another delivery holds it.</summary>
    Task<bool> TryClaimAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>
    /// Takes over a claim taken more than <paramref name="olderThan"/> ago (its holder failed before starting, or the
    /// instance it started has since been purged); false when the claim is younger, or another caller took it over.
    /// </summary>
    Task<bool> TryReclaimAsync(string instanceId, TimeSpan olderThan, CancellationToken cancellationToken);

    /// <summary>Gives the claim up after a start that failed, so the sender's retry is the first delivery again.</summary>
    Task ReleaseAsync(string instanceId, CancellationToken cancellationToken);
}
