namespace AutoRemediate.Functions.Roles;

/// <summary>
/// The role a route needs, as endpoint metadata (<see cref="RequireRole{TBuilder}"/>), checked by the operator and
/// dashboard authentication filters once the caller is known. A route without one needs <see cref="OperatorRole.Admin"/>:
/// a route someone forgot to mark fails closed.
/// </summary>
/// <param name="Role">The role, or null where any signed-in person may (the dashboard's stylesheet and script).</param>
internal sealed record RoleRequirement(OperatorRole? Role)
{
    private static readonly RoleRequirement Unmarked = new(OperatorRole.Admin);

    /// <summary>The endpoint's requirement, or Admin when it declares none.</summary>
    public static RoleRequirement Of(Endpoint? endpoint) => endpoint?.Metadata.GetMetadata<RoleRequirement>() ?? Unmarked;

    /// <summary>True when <paramref name="held"/> (already expanded) satisfies the requirement.</summary>
    public bool IsMetBy(IReadOnlySet<OperatorRole> held) => Role is not { } role || held.Contains(role);
}
