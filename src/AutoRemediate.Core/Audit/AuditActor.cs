namespace AutoRemediate.Core.Audit;

/// <summary>Who performed what an audit record describes.</summary>
/// <param name="Type">System, user or calling service.</param>
/// <param name="Identity">The component name, user principal name or client id; never a secret or token.</param>
/// <param name="SourceIp">The caller's address, where known.</param>
public sealed record AuditActor(AuditActorType Type, string Identity, string? SourceIp = null)
{
    /// <summary>The automation, named by its component (e.g. "orchestrator", "watchdog").</summary>
    public static AuditActor System(string component) => new(AuditActorType.System, component);

    /// <summary>A person, by sign-in name, with the address the request came from when known.</summary>
    public static AuditActor User(string identity, string? sourceIp = null) => new(AuditActorType.User, identity, sourceIp);
}
