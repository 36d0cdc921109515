using System.Globalization;
using AutoRemediate.Durable.History;

namespace AutoRemediate.Functions.SelfCheck;

/// <summary>Renders an instance's history as lines a person can read: offset, event, and what it was about.</summary>
internal static class HistoryTimeline
{
    public static IEnumerable<string> Render(IReadOnlyList<HistoryEvent> history)
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
        TaskScheduledEvent scheduled => $"scheduled #{scheduled.EventId,-4}  {names[scheduled.EventId] = scheduled.Name}",
        TaskCompletedEvent completed => $"completed #{completed.ScheduledId,-4}  {names.GetValueOrDefault(completed.ScheduledId, "activity")} -> {completed.Result}",
        TaskFailedEvent failed => $"failed    #{failed.ScheduledId,-4}  {names.GetValueOrDefault(failed.ScheduledId, "activity")}: {failed.FailureDetails.ErrorMessage}",
        TimerCreatedEvent timer => $"timer     #{timer.EventId,-4}  due {timer.FireAt:HH:mm:ss.fff}",
        TimerFiredEvent fired => $"fired     #{fired.ScheduledId,-4}  timer",
        EventRaisedEvent raised => $"event            '{raised.Name}' {raised.Input}",
        ExecutionCompletedEvent completed => $"completed        {completed.Result}",
        ExecutionFailedEvent failed => $"failed           {failed.FailureDetails.ErrorMessage}",
        ExecutionTerminatedEvent terminated => $"terminated       {terminated.Reason}",
        _ => historyEvent.EventType.ToString(),
    };
}
