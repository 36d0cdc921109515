using System.Reflection;
using System.Text.Json.Serialization;
using AutoRemediate.Durable.History;
using AutoRemediate.Durable.Messages;
using AutoRemediate.Durable.Store;
using Xunit;

namespace AutoRemediate.Durable.Tests.Unit;

public sealed class SerializationTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 1, 8, 30, 0, TimeSpan.Zero);

    public static TheoryData<HistoryEvent> Events =>
    [
        new OrchestratorStartedEvent(At),
        new ExecutionStartedEvent(At, "Restart", "{\"vm\":\"a\"}"),
        new TaskScheduledEvent(3, At, "RestartVm", "\"a\""),
        new TaskCompletedEvent(At, 3, "true"),
        new TaskFailedEvent(At, 3, new FailureDetails("System.Exception", "no", "at x", new FailureDetails("Inner", "why", null))),
        new TimerCreatedEvent(4, At, At.AddMinutes(5)),
        new TimerFiredEvent(At, 4, At.AddMinutes(5)),
        new EventRaisedEvent(At, "approval", "\"ok\""),
        new ExecutionCompletedEvent(At, "42"),
        new ExecutionFailedEvent(At, new FailureDetails("E", "m", null)),
        new ExecutionTerminatedEvent(At, "stop"),
    ];

    [Theory]
    [MemberData(nameof(Events))]
    public void Every_history_event_round_trips_with_its_type_discriminator_first(HistoryEvent historyEvent)
    {
        var json = HistorySerializer.Serialize(historyEvent);

        Assert.StartsWith($"{{\"$type\":\"{historyEvent.EventType}\"", json, StringComparison.Ordinal);
        Assert.Equal(historyEvent, HistorySerializer.Deserialize(json));
    }

    [Fact]
    public void Every_event_type_has_exactly_one_registered_record()
    {
        var discriminators = typeof(HistoryEvent).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => (string)a.TypeDiscriminator!).ToList();

        Assert.Equal(Enum.GetNames<EventType>().Order(), discriminators.Order());
    }

    [Fact]
    public void Event_type_values_are_append_only()
    {
        // WARNING: if this fails, a stored value changed meaning. Append new members instead.
        Assert.Equal(
            ["OrchestratorStarted", "ExecutionStarted", "TaskScheduled", "TaskCompleted", "TaskFailed", "TimerCreated",
             "TimerFired", "EventRaised", "ExecutionCompleted", "ExecutionFailed", "ExecutionTerminated"],
            Enum.GetValues<EventType>().OrderBy(v => (int)v).Select((v, i) => (int)v == i ? v.ToString() : "gap"));
    }

    [Fact]
    public void Work_messages_round_trip_with_their_kind()
    {
        WorkMessage[] messages =
        [
            new OrchestrationTurnMessage("i", 2),
            new ActivityExecutionMessage("i", 7, "Restart", "{}", "0001-t7"),
            new TimerMessage("i", 8, At),
        ];

        foreach (var message in messages)
        {
            var body = WorkMessageSerializer.Serialize(message);
            Assert.Equal(message, WorkMessageSerializer.TryDeserialize(body, out var error));
            Assert.Null(error);
        }

        Assert.StartsWith("{\"kind\":\"activity\"", WorkMessageSerializer.Serialize(messages[1]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"kind\":\"teleport\",\"instanceId\":\"i\"}")]
    [InlineData("null")]
    public void Unreadable_work_message_reports_why(string body)
    {
        Assert.Null(WorkMessageSerializer.TryDeserialize(body, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }
}
