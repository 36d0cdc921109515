namespace AutoRemediate.Core.Toil;

/// <summary>A host's exclusive right to compute one window's report until <see cref="ExpiresAt"/>.</summary>
/// <param name="WindowId">The window.</param>
/// <param name="Owner">The host holding it.</param>
/// <param name="ExpiresAt">When another host may take it over (the holder is presumed dead).</param>
/// <param name="Version">The claim row's concurrency token.</param>
public sealed record ToilWindowClaim(string WindowId, string Owner, DateTimeOffset ExpiresAt, string Version);
