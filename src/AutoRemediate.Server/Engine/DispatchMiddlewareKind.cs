namespace AutoRemediate.Server.Engine;

/// <summary>The dispatcher a <see cref="DispatchMiddleware"/> runs in.</summary>
public enum DispatchMiddlewareKind
{
    /// <summary>Around every orchestration turn.</summary>
    Orchestration,

    /// <summary>Around every activity execution.</summary>
    Activity,
}
