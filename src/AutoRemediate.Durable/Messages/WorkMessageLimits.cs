namespace AutoRemediate.Durable.Messages;

/// <summary>The limits the work queue imposes (those of an Azure Storage queue with base64 bodies).</summary>
internal static class WorkMessageLimits
{
    /// <summary>The largest message body, in UTF-8 bytes.</summary>
    public const int MaxBodyBytes = 48 * 1024;

    /// <summary>The longest visibility delay; longer timers hop through several messages.</summary>
    public static readonly TimeSpan MaxVisibilityDelay = TimeSpan.FromDays(7);
}
