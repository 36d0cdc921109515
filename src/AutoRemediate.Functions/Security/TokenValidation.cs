namespace AutoRemediate.Functions.Security;

/// <summary>The verdict on a bearer token; <paramref name="Failure"/> names the check that failed.</summary>
internal sealed record TokenValidation(bool IsValid, string? Failure)
{
    public static TokenValidation Valid { get; } = new(true, null);

    public static TokenValidation Invalid(string failure) => new(false, failure);
}
