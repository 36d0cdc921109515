using AutoRemediate.Testing.Time;
using AutoRemediate.Durable.History;
using AutoRemediate.Durable.Messages;
using AutoRemediate.Durable.Store;
using AutoRemediate.Durable.Tests.Support;
using AutoRemediate.Durable.Tests.Support.Tasks;
using AutoRemediate.Durable.Worker;
using Xunit;

namespace AutoRemediate.Durable.Tests.Unit;

public sealed class TurnPlannerTests
{
    [Fact]
    public void First_turn_records_the_start_and_sends_the_first_activity()
    {
        var harness = new PlannerHarness("Sequence", new SequenceOrchestrator(), "in");

        var plan = harness.Turn()!;

        Assert.Equal([EventType.OrchestratorStarted, EventType.ExecutionStarted, EventType.TaskScheduled], plan.NewEvents.Select(e => e.EventType));
        var message = Assert.IsType<ActivityExecutionMessage>(Assert.Single(plan.Outgoing));
        Assert.Equal(("Append", 0), (message.Name, message.TaskId));
        Assert.EndsWith("-t0", message.ResultInboxId, StringComparison.Ordinal);
        Assert.Equal(OrchestrationRuntimeStatus.Running, plan.NewState.RuntimeStatus);
    }

    [Fact]
    public void Turn_with_nothing_new_plans_nothing()
    {
        var harness = new PlannerHarness("Sequence", new SequenceOrchestrator(), "in");
        harness.Turn();

        Assert.Null(harness.Turn());
    }

    [Fact]
    public void Result_for_a_task_the_history_never_scheduled_is_consumed_and_dropped()
    {
        var harness = new PlannerHarness("Sequence", new SequenceOrchestrator(), "in");
        harness.Turn();
        harness.Deliver(new TaskCompletedEvent(harness.Now, 5, "\"orphan\""));

        var plan = harness.Turn()!;

        Assert.Equal([EventType.OrchestratorStarted], plan.NewEvents.Select(e => e.EventType));
        Assert.Single(plan.ConsumedInbox);
        Assert.Empty(plan.Outgoing);
    }

    [Fact]
    public void Duplicate_result_of_a_completed_task_is_ignored()
    {
        var harness = new PlannerHarness("Sequence", new SequenceOrchestrator(), "in");
        harness.Turn();
        harness.Deliver(new TaskCompletedEvent(harness.Now, 0, "\"in-A\""));
        harness.Deliver(new TaskCompletedEvent(harness.Now, 0, "\"in-A (re-run)\""));
        harness.Turn();
        harness.Deliver(new TaskCompletedEvent(harness.Now, 0, "\"in-A (late)\""));

        harness.Turn();

        var completions = harness.History.OfType<TaskCompletedEvent>().ToList();
        Assert.Equal([(0, "\"in-A\"")], completions.Select(c => (c.ScheduledId, c.Result)));
        Assert.Equal(2, harness.History.OfType<TaskScheduledEvent>().Count());
    }

    [Fact]
    public void Inbox_beyond_the_per_turn_limit_waits_for_the_next_turn()
    {
        var harness = new PlannerHarness("WaitForEvent", new WaitForEventOrchestrator());
        harness.Turn();
        for (var i = 0; i < 60; i++)
        {
            harness.Deliver(new EventRaisedEvent(harness.Now, "noise", null));
        }

        var plan = harness.Turn(maxInbox: 50)!;

        Assert.Equal(50, plan.ConsumedInbox.Count);
        Assert.True(plan.MoreInboxWaiting);
        Assert.Equal(10, harness.InboxCount);
    }

    [Fact]
    public void Timers_fire_only_once_due_and_set_the_next_wake_up()
    {
        var harness = new PlannerHarness("Timer", new TimerOrchestrator(), 1000);
        var fireAt = harness.Now.AddSeconds(1);
        var first = harness.Turn()!;
        Assert.Equal(fireAt, first.NewState.NextWakeAt);
        Assert.Equal(fireAt, Assert.IsType<TimerMessage>(Assert.Single(first.Outgoing)).FireAt);

        harness.Now = fireAt.AddTicks(-1);
        Assert.Null(harness.Turn());

        harness.Now = fireAt;
        var fired = harness.Turn()!;
        Assert.Contains(fired.NewEvents, e => e is TimerFiredEvent { ScheduledId: 0 });
        Assert.Equal(OrchestrationRuntimeStatus.Completed, fired.NewState.RuntimeStatus);
        Assert.Null(fired.NewState.NextWakeAt);
    }

    [Fact]
    public void Terminate_request_ends_the_instance_without_running_the_code()
    {
        var harness = new PlannerHarness("Sequence", new SequenceOrchestrator(), "in");
        harness.Turn();
        harness.Deliver(new TaskCompletedEvent(harness.Now, 0, "\"in-A\""));
        harness.Deliver(new ExecutionTerminatedEvent(harness.Now, "stop"));

        var plan = harness.Turn()!;

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, plan.NewState.RuntimeStatus);
        Assert.Empty(plan.Outgoing);
        Assert.Equal(2, plan.ConsumedInbox.Count);
        Assert.IsType<ExecutionTerminatedEvent>(plan.NewEvents[^1]);
    }

    [Fact]
    public void Code_that_calls_a_different_activity_than_history_recorded_fails_as_non_deterministic()
    {
        var harness = new PlannerHarness("Deploy", new DeployV1Orchestrator(), "in");
        harness.Turn();
        harness.Deliver(new TaskCompletedEvent(harness.Now, 0, "\"in-1\""));

        var plan = Replay(harness, new DeployV2Orchestrator());

        Assert.Equal(OrchestrationRuntimeStatus.Failed, plan.NewState.RuntimeStatus);
        Assert.Contains("history recorded activity 'Append' as event 0, but the code now schedules activity 'Square'", plan.NewState.Failure!.ErrorMessage, StringComparison.Ordinal);
        Assert.IsType<ExecutionFailedEvent>(plan.NewEvents[^1]);
        Assert.Empty(plan.Outgoing);
    }

    [Fact]
    public void Code_that_takes_an_action_history_does_not_record_fails_as_non_deterministic()
    {
        var harness = new PlannerHarness("WaitForEvent", new WaitForEventOrchestrator(), 0);
        harness.Turn();
        harness.Deliver(new EventRaisedEvent(harness.Now, "approval", "\"ok\""));

        var plan = Replay(harness, new TimerOrchestrator());

        Assert.Equal(OrchestrationRuntimeStatus.Failed, plan.NewState.RuntimeStatus);
        Assert.Contains("the code now schedules a timer due", plan.NewState.Failure!.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("which history does not record", plan.NewState.Failure.ErrorMessage, StringComparison.Ordinal);
    }

    private static TurnPlan Replay(PlannerHarness recorded, ITaskOrchestrator changedCode)
    {
        var other = new PlannerHarness(recorded.State.Name, changedCode);
        var history = recorded.History.Select((e, i) => new StoredEvent(i, HistorySerializer.Serialize(e))).ToList();
        var inbox = recorded.PendingInbox;
        return other.Planner.Plan(new TurnSnapshot(recorded.State, history, inbox), changedCode, recorded.Now, 50)!;
    }

    [Fact]
    public void Timer_delay_is_capped_at_the_queue_limit_and_never_negative()
    {
        var now = FakeTimeProvider.DefaultStart;

        Assert.Equal(TimeSpan.FromDays(7), OrchestrationTurnRunner.TimerDelay(now.AddDays(30), now));
        Assert.Equal(TimeSpan.Zero, OrchestrationTurnRunner.TimerDelay(now.AddSeconds(-5), now));
        Assert.Equal(TimeSpan.FromMinutes(3), OrchestrationTurnRunner.TimerDelay(now.AddMinutes(3), now));
    }
}
