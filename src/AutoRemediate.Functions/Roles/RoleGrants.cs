namespace AutoRemediate.Functions.Roles;

/// <summary>Role names and inclusion: Admin ⊇ Operator ⊇ Viewer; Approver is granted only by name.</summary>
internal static class RoleGrants
{
    /// <summary>The names roles are configured and claimed by, case-insensitive.</summary>
    public static string Names => string.Join(", ", Enum.GetNames<OperatorRole>());

    /// <summary><paramref name="held"/> with every role they include.</summary>
    public static IReadOnlySet<OperatorRole> Expand(IEnumerable<OperatorRole> held)
    {
        ArgumentNullException.ThrowIfNull(held);
        var roles = new HashSet<OperatorRole>(held);
        if (roles.Contains(OperatorRole.Admin))
        {
            roles.Add(OperatorRole.Operator);
        }

        if (roles.Contains(OperatorRole.Operator))
        {
            roles.Add(OperatorRole.Viewer);
        }

        return roles;
    }

    /// <summary>The role named <paramref name="name"/> (case-insensitive, surrounding space ignored), or null.</summary>
    public static OperatorRole? Parse(string? name) =>
        Enum.GetValues<OperatorRole>().Cast<OperatorRole?>().FirstOrDefault(r => string.Equals(r.ToString(), name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>A comma-separated list of role names: the roles, and the entries that name none.</summary>
    public static (IReadOnlyList<OperatorRole> Roles, IReadOnlyList<string> Unknown) ParseList(string? names)
    {
        var entries = (names ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return ([.. entries.Select(Parse).OfType<OperatorRole>()], [.. entries.Where(e => Parse(e) is null)]);
    }

    /// <summary>"Admin, Viewer" or "no role", sorted, for messages and logs.</summary>
    public static string Describe(IReadOnlySet<OperatorRole> roles) =>
        roles.Count == 0 ? "no role" : string.Join(", ", roles.Order().Select(r => r.ToString()));
}
