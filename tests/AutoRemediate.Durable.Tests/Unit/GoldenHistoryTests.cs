using System.Text.Json;
using AutoRemediate.Durable.History;
using AutoRemediate.Durable.Ids;
using AutoRemediate.Durable.Store;
using AutoRemediate.Durable.Worker;
using Microsoft.Extensions.Logging.Abstractions;
using AutoRemediate.Durable.Tests.Support.Tasks;
using Xunit;

namespace AutoRemediate.Durable.Tests.Unit;

/// <summary>
/// Histories committed under Histories/ were recorded by real runs. A change to the event format or to replay that
/// would break instances in flight fails here.
/// </summary>
public sealed class GoldenHistoryTests
{
    public static TheoryData<string> Files => ["sequence-completed", "approval-timed-out", "retry-succeeded", "activity-failure-caught"];

    [Theory]
    [MemberData(nameof(Files))]
    public void Stored_history_parses_and_serialises_back_to_the_same_text(string file)
    {
        foreach (var raw in ReadRaw(file))
        {
            Assert.Equal(raw, HistorySerializer.Serialize(HistorySerializer.Deserialize(raw)));
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Current_code_replays_the_stored_history_and_reproduces_its_last_turn(string file)
    {
        var events = ReadRaw(file).Select(HistorySerializer.Deserialize).ToList();
        var lastTurn = events.FindLastIndex(e => e is OrchestratorStartedEvent);
        var recordedTurn = events.Skip(lastTurn).ToList();
        var started = (ExecutionStartedEvent)events[1];
        var turnStart = recordedTurn[0].Timestamp;
        var inbox = recordedTurn
            .Where(e => e is TaskCompletedEvent or TaskFailedEvent or EventRaisedEvent or ExecutionTerminatedEvent)
            .Select((e, i) => new InboxMessage($"{i:D4}", HistorySerializer.Serialize(e)))
            .ToList();
        var state = new InstanceState
        {
            InstanceId = "golden",
            Name = started.Name,
            Input = started.Input,
            RuntimeStatus = OrchestrationRuntimeStatus.Running,
            CreatedAt = started.Timestamp,
            LastUpdatedAt = started.Timestamp,
            HistoryLength = lastTurn,
            NextWakeAt = turnStart,
        };
        var past = events.Take(lastTurn).Select((e, i) => new StoredEvent(i, HistorySerializer.Serialize(e))).ToList();

        var plan = new TurnPlanner(new RandomIdGenerator(TimeProvider.System), NullLogger<TurnPlanner>.Instance)
            .Plan(new TurnSnapshot(state, past, inbox), CreateOrchestrator(started.Name), turnStart, 50);

        Assert.NotNull(plan);
        Assert.Equal(recordedTurn, plan.NewEvents);
        Assert.True(plan.NewState.IsTerminal);
    }

    private static ITaskOrchestrator CreateOrchestrator(string name) => name switch
    {
        "Sequence" => new SequenceOrchestrator(),
        "Approval" => new ApprovalOrchestrator(),
        "Retry" => new RetryOrchestrator(),
        "CatchFailure" => new CatchFailureOrchestrator(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no orchestrator for this golden history"),
    };

    private static List<string> ReadRaw(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Histories", $"{file}.json")));
        return [.. document.RootElement.EnumerateArray().Select(e => e.GetRawText())];
    }
}
