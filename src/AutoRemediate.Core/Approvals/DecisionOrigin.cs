namespace AutoRemediate.Core.Approvals;

/// <summary>Where a decision came from, for the audit log.</summary>
/// <param name="RemoteIp">The client address the app saw (behind App Service, the front end's forwarded address).</param>
/// <param name="UserAgent">The browser's User-Agent, truncated.</param>
public sealed record DecisionOrigin(string? RemoteIp, string? UserAgent);
