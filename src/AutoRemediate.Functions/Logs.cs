namespace AutoRemediate.Functions;

/// <summary>The host's log messages. Event ids: 1000–1099 hosting, 1100–1199 custom handler, 1200–1299 maintenance.</summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Invocation {FunctionName} completed in {ElapsedMs} ms")]
    public static partial void InvocationCompleted(this ILogger logger, string functionName, long elapsedMs);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "Invocation {FunctionName} failed; the Functions host will retry it")]
    public static partial void InvocationFailed(this ILogger logger, string functionName, Exception exception);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Invocation {FunctionName} rejected: {Reason}")]
    public static partial void InvocationRejected(this ILogger logger, string functionName, string reason);

    [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "Purged {Count} finished instances completed before {Cutoff}")]
    public static partial void InstancesPurged(this ILogger logger, int count, DateTimeOffset cutoff);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Error, Message = "Purging finished instances failed; retrying at the next tick")]
    public static partial void PurgeFailed(this ILogger logger, Exception exception);
}
