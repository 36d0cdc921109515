using AutoRemediate.Core.Text;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>The drain-queue runbook's log messages (event ids 6500-6599).</summary>
internal static partial class QueueDrainLogs
{
    [LoggerMessage(EventId = 6501, Level = LogLevel.Information,
        Message = "Drain of {Account}/{Queue}: moved {Moved}, archived {Archived}, set aside in doubt {InDoubt}; run total {RunTotal}, about {Remaining} left")]
    public static partial void BatchDone(ILogger logger, LogText account, LogText queue, int moved, int archived, int inDoubt, int runTotal, int remaining);
}
