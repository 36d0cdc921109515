using AutoRemediate.Testing.Time;
using AutoRemediate.Durable.History;
using AutoRemediate.Durable.Ids;
using AutoRemediate.Durable.Serialization;
using AutoRemediate.Durable.Store;
using AutoRemediate.Durable.Worker;
using Microsoft.Extensions.Logging.Abstractions;

namespace AutoRemediate.Durable.Tests.Support;

/// <summary>Drives <see cref="TurnPlanner"/> turn by turn without a store, applying each plan as a commit would.</summary>
internal sealed class PlannerHarness
{
    private readonly ITaskOrchestrator orchestrator;
    private readonly List<HistoryEvent> history = [];
    private readonly List<InboxMessage> inbox = [];
    private int inboxCounter;

    public PlannerHarness(string name, ITaskOrchestrator orchestrator, object? input = null)
    {
        this.orchestrator = orchestrator;
        State = new InstanceState
        {
            InstanceId = "instance-1",
            Name = name,
            RuntimeStatus = OrchestrationRuntimeStatus.Pending,
            Input = DurableJson.Serialize(input),
            CreatedAt = Now,
            LastUpdatedAt = Now,
        };
    }

    public DateTimeOffset Now { get; set; } = FakeTimeProvider.DefaultStart;

    public InstanceState State { get; private set; }

    public IReadOnlyList<HistoryEvent> History => history;

    public int InboxCount => inbox.Count;

    public IReadOnlyList<InboxMessage> PendingInbox => inbox;

    public TurnPlanner Planner { get; } = new(new RandomIdGenerator(TimeProvider.System), NullLogger<TurnPlanner>.Instance);

    public void Deliver(HistoryEvent message) =>
        inbox.Add(new InboxMessage($"{inboxCounter++:D6}", HistorySerializer.Serialize(message)));

    /// <summary>Plans a turn at <see cref="Now"/> and, if there was one, commits it.</summary>
    public TurnPlan? Turn(int maxInbox = DurableEngineOptions.DefaultMaxInboxMessagesPerTurn)
    {
        var stored = history.Select((e, i) => new StoredEvent(i, HistorySerializer.Serialize(e))).ToList();
        var plan = Planner.Plan(new TurnSnapshot(State, stored, [.. inbox]), orchestrator, Now, maxInbox);
        if (plan is not null)
        {
            history.AddRange(plan.NewEvents);
            inbox.RemoveAll(m => plan.ConsumedInbox.Contains(m.Id));
            State = plan.NewState;
        }

        return plan;
    }
}
