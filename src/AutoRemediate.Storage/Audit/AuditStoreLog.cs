using Microsoft.Extensions.Logging;

namespace AutoRemediate.Storage.Audit;

/// <summary>The audit log's log events (ids, counts and kinds only; never record content).</summary>
internal static partial class AuditStoreLog
{
    [LoggerMessage(EventId = 4201, Level = LogLevel.Debug, Message = "Audit append to {RemediationId} lost a race (status {Status}); re-reading the head (attempt {Attempt})")]
    public static partial void AppendRaced(ILogger logger, string remediationId, int status, int attempt);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Debug, Message = "Audit record {RecordId} of {RemediationId} already exists at sequence {Sequence}; returning it")]
    public static partial void AppendReplayed(ILogger logger, string recordId, string remediationId, long sequence);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Warning, Message = "Audit chain {RemediationId} failed verification with {ProblemCount} problem(s); first: {FirstProblem}")]
    public static partial void VerificationFailed(ILogger logger, string remediationId, int problemCount, string firstProblem);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Warning, Message = "Audit anchor of {RemediationId} was {Behind} record(s) behind its chain (an earlier append stopped before updating it); healed")]
    public static partial void AnchorHealed(ILogger logger, string remediationId, long behind);
}
