namespace AutoRemediate.Core.Approvals;

/// <summary>A signed-in approver as the decision rules see them: the name votes are recorded under, and the memberships a binding's <see cref="AllowedApprovers"/> may name.</summary>
/// <param name="Name">The UPN (or name) the vote is recorded under.</param>
/// <param name="Groups">Entra ID group object ids from the sign-in (<c>groups</c> claims).</param>
/// <param name="Roles">Entra ID app role values from the sign-in (<c>roles</c> claims).</param>
public sealed record ApproverIdentity(string Name, IReadOnlyList<string> Groups, IReadOnlyList<string> Roles)
{
    /// <summary>A person known by name only, without group or app role claims (a local approver, or a test).</summary>
    public static ApproverIdentity Named(string name) => new(name, [], []);

    /// <summary>"name", or "name (groups …; app roles …)" for refusals and the audit log.</summary>
    public override string ToString() =>
        Groups.Count == 0 && Roles.Count == 0
            ? Name
            : $"{Name} ({string.Join("; ", Parts())})";

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
    }
}
