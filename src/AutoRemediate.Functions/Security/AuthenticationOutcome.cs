namespace AutoRemediate.Functions.Security;

/// <summary>Whether a webhook request proved who sent it, and if not, what is wrong (never the credential itself).</summary>
/// <param name="Succeeded">True when a function key or bearer token was accepted.</param>
/// <param name="Method">"key", "bearer" or "none".</param>
/// <param name="Failure">Why it was refused; null on success.</param>
internal sealed record AuthenticationOutcome(bool Succeeded, string Method, string? Failure)
{
    public static AuthenticationOutcome Accepted(string method) => new(true, method, null);

    public static AuthenticationOutcome Refused(string method, string failure) => new(false, method, failure);
}
