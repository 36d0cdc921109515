using System.Globalization;
using DurableTask.Core;
using DurableTask.Core.History;

namespace AutoRemediate.Functions.SelfCheck;

/// <summary>Renders an instance's history as lines a person can read: offset, event, and what it was about.</summary>
internal static class HistoryTimeline
{
    public static IEnumerable<string> Render(IList<HistoryEvent> history)
    {
        if (history.Count == 0)
        {
            yield break;
        }

        var start = history[0].Timestamp;
        var names = new Dictionary<int, string>();
        foreach (var historyEvent in history)
        {
            if (historyEvent is OrchestratorStartedEvent)
            {
                continue;
            }

            var offset = (historyEvent.Timestamp - start).TotalSeconds.ToString("+0.000s", CultureInfo.InvariantCulture);
            yield return $"  {offset,9}  {Describe(historyEvent, names)}";
        }
    }

    private static string Describe(HistoryEvent historyEvent, Dictionary<int, string> names) => historyEvent switch
    {
        ExecutionStartedEvent started => $"started          {started.Name}",
        TaskScheduledEvent scheduled => $"scheduled #{scheduled.EventId,-4}  {names[scheduled.EventId] = scheduled.Name ?? "activity"}",
        TaskCompletedEvent completed => $"completed #{completed.TaskScheduledId,-4}  {names.GetValueOrDefault(completed.TaskScheduledId, "activity")} -> {completed.Result}",
        TaskFailedEvent failed => $"failed    #{failed.TaskScheduledId,-4}  {names.GetValueOrDefault(failed.TaskScheduledId, "activity")}: {failed.FailureDetails?.ErrorMessage ?? failed.Reason}",
        TimerCreatedEvent timer => $"timer     #{timer.EventId,-4}  due {timer.FireAt:HH:mm:ss.fff}",
        TimerFiredEvent fired => $"fired     #{fired.TimerId,-4}  timer",
        EventRaisedEvent raised => $"event            '{raised.Name}' {raised.Input}",
        ExecutionCompletedEvent { OrchestrationStatus: OrchestrationStatus.Completed } completed => $"completed        {completed.Result}",
        ExecutionCompletedEvent ended => $"{ended.OrchestrationStatus.ToString().ToLowerInvariant(),-17}{ended.FailureDetails?.ErrorMessage ?? ended.Result}",
        ExecutionTerminatedEvent terminated => $"terminated       {terminated.Input}",
        _ => historyEvent.EventType.ToString(),
    };
}
