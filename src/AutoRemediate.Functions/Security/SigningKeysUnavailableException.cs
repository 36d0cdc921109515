namespace AutoRemediate.Functions.Security;

/// <summary>
/// The tenant's OpenID metadata or signing keys could not be fetched and none are cached: the token cannot be
/// judged either way, so the webhook answers 503 and the sender retries instead of the alert being refused.
/// </summary>
internal sealed class SigningKeysUnavailableException : Exception
{
    public SigningKeysUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SigningKeysUnavailableException(string message)
        : base(message)
    {
    }

    public SigningKeysUnavailableException()
    {
    }
}
