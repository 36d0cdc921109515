namespace AutoRemediate.Core.Alerts;

/// <summary>
/// Raised inside the normaliser when a payload is refused; <see cref="AlertNormalizer"/> turns it into an
/// <see cref="AlertPayloadRejected"/>, so it never escapes to callers.
/// </summary>
internal sealed class AlertPayloadException : AutoRemediateException
{
    public AlertPayloadException(string reason, string? pointer = null)
        : base(reason)
    {
        Pointer = pointer;
    }

    public string? Pointer { get; }
}
