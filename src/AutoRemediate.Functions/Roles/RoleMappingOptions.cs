namespace AutoRemediate.Functions.Roles;

/// <summary>
/// How a sign-in's Entra ID groups grant roles (section <c>Authorization</c>); validated at start-up. App roles need
/// no mapping: a <c>roles</c> claim named Viewer, Operator, Approver or Admin grants that role.
/// </summary>
internal sealed class RoleMappingOptions
{
    public const string SectionName = "Authorization";

    /// <summary>Group object id → comma-separated roles, e.g. <c>Authorization:Groups:0b7a1c55-… = Operator,Approver</c>.</summary>
    public Dictionary<string, string> Groups { get; } = new(StringComparer.OrdinalIgnoreCase);
}
