using Microsoft.Extensions.Logging;

namespace AutoRemediate.Azure;

/// <summary>The Azure actuator clients' log events. URLs are logged by path only; tokens never are.</summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Retrying {Method} {Path} after status {Status} (attempt {Attempt}) in {Delay}")]
    public static partial void Retrying(ILogger logger, string method, string path, int status, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "{Method} {Path} accepted with {Status} (request id {RequestId}, correlation id {CorrelationId})")]
    public static partial void ChangeAccepted(ILogger logger, string method, string path, int status, string? requestId, string? correlationId);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Debug, Message = "Operation of {Method} {Path} polled {Polls} time(s): {Status}")]
    public static partial void OperationPolled(ILogger logger, string method, string path, string? status, int polls);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "ARM rate limit nearly used up: {Remaining} request(s) left after {Path}")]
    public static partial void RateLimitLow(ILogger logger, int remaining, string path);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Information, Message = "Dry run: recorded {Method} {Path} without sending it")]
    public static partial void DryRunRecorded(ILogger logger, string method, string path);
}
