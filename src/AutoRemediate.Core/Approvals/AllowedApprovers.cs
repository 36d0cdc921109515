namespace AutoRemediate.Core.Approvals;

/// <summary>
/// Who may decide on a binding's approvals (the binding's <c>approval.approvers</c>): a member of any listed Entra ID
/// group, a holder of any listed app role, or a listed user. Anyone listed counts; the product's Approver role is
/// required on top, by the host.
/// </summary>
/// <param name="Groups">Entra ID group object ids, compared case-insensitively.</param>
/// <param name="Roles">Entra ID app role values, compared case-insensitively.</param>
/// <param name="Users">UPNs or names, compared as <see cref="ApprovalRules.SameIdentity"/> does.</param>
/// <remarks>WARNING: stored inside approval requests (JSON) and carried in remediation histories: add members with defaults only.</remarks>
public sealed record AllowedApprovers(IReadOnlyList<string> Groups, IReadOnlyList<string> Roles, IReadOnlyList<string> Users)
{
    /// <summary>Whether <paramref name="approver"/> is listed by user, group or app role.</summary>
    public bool Allows(ApproverIdentity approver)
    {
        ArgumentNullException.ThrowIfNull(approver);
        return Users.Any(u => ApprovalRules.SameIdentity(u, approver.Name))
            || Groups.Any(g => approver.Groups.Contains(g, StringComparer.OrdinalIgnoreCase))
            || Roles.Any(r => approver.Roles.Contains(r, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>"groups a, b; app roles c; users d", for refusals and the approval card.</summary>
    public override string ToString() => string.Join("; ", Parts());

    private IEnumerable<string> Parts()
    {
        if (Groups.Count > 0)
        {
            yield return $"groups {string.Join(", ", Groups)}";
        }

        if (Roles.Count > 0)
        {
            yield return $"app roles {string.Join(", ", Roles)}";
        }

        if (Users.Count > 0)
        {
            yield return $"users {string.Join(", ", Users)}";
        }
    }
}
