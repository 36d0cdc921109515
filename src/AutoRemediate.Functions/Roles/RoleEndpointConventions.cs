namespace AutoRemediate.Functions.Roles;

/// <summary>Marks routes with the role they need (<see cref="RoleRequirement"/>).</summary>
internal static class RoleEndpointConventions
{
    public static TBuilder RequireRole<TBuilder>(this TBuilder builder, OperatorRole role)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RoleRequirement(role));

    /// <summary>Any signed-in person, whatever their roles: only for what carries no data (static assets, a redirect).</summary>
    public static TBuilder AllowAnyRole<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RoleRequirement(null));
}
