using Microsoft.Extensions.Logging;

namespace AutoRemediate.Storage.Guardrails;

/// <summary>The guardrail store's log events.</summary>
internal static partial class GuardrailStoreLog
{
    [LoggerMessage(EventId = 4301, Level = LogLevel.Debug, Message = "Guardrail state write lost a race (status {Status}, row {Row}); re-reading")]
    public static partial void WriteRaced(ILogger logger, int status, string row);
}
