using AutoRemediate.Core.Guardrails;
using static AutoRemediate.Storage.Tests.Guardrails.GuardrailTestState;

namespace AutoRemediate.Storage.Tests.Guardrails;

/// <summary>What every <see cref="IGuardrailStateStore"/> must do; run against the table store and the in-memory one.</summary>
public abstract class GuardrailStateStoreContract
{
    protected abstract Task<IGuardrailStateStore> CreateStoreAsync();

    [Fact]
    public async Task Empty_store_loads_a_quiet_system()
    {
        var store = await CreateStoreAsync();

        var snapshot = await store.LoadAsync(Query(), Now);

        Assert.Equal(KillSwitchState.Off, snapshot.KillSwitch);
        Assert.Equal((0, 0), (snapshot.RunningRemediations, snapshot.RunsInLastHour));
        Assert.Empty(snapshot.LastRuns);
        Assert.Empty(snapshot.RefiringsAfterRemediation);
        Assert.Null(snapshot.LastRemediatedAt);
        Assert.Equal(CircuitBreakerState.Closed, snapshot.CircuitBreaker);
        Assert.False(string.IsNullOrEmpty(snapshot.ETag));
    }

    [Fact]
    public async Task Run_start_records_cooldown_rate_concurrency_and_last_remediation()
    {
        var store = await CreateStoreAsync();

        var outcome = await store.ApplyAsync(Started(await store.LoadAsync(Query(), Now), Now.AddMinutes(-5), Runbook, Site(1), Site(2)));
        var snapshot = await store.LoadAsync(Query(Runbook, Site(1), Site(2).ToUpperInvariant(), Site(3)), Now);

        Assert.Equal(GuardrailApplyOutcome.Applied, outcome);
        Assert.Equal([Site(1), Site(2)], snapshot.LastRuns.Select(r => r.ResourceId).Order());
        Assert.All(snapshot.LastRuns, r => Assert.Equal((Runbook, Now.AddMinutes(-5)), (r.Runbook, r.At)));
        Assert.Equal((1, 1), (snapshot.RunsInLastHour, snapshot.RunningRemediations));
        Assert.Equal(Now.AddMinutes(-5), snapshot.LastRemediatedAt);
    }

    [Fact]
    public async Task Snapshot_fills_a_guardrail_context_for_its_runbook()
    {
        var store = await CreateStoreAsync();
        await store.ApplyAsync(Started());

        var snapshot = await store.LoadAsync(Query(), Now);
        var context = snapshot.ApplyTo(new GuardrailContext { Now = Now, MaxConcurrentRemediations = 4 });

        Assert.Equal(1, context.RunsInLastHour[Runbook]);
        Assert.Equal(1, context.RunningRemediations);
        Assert.Equal(4, context.MaxConcurrentRemediations);
        Assert.Equal(snapshot.ETag, context.ETag);
        Assert.Same(snapshot.LastRuns, context.LastRuns);
    }

    [Fact]
    public async Task Starts_leave_the_sliding_hour_as_time_passes()
    {
        var store = await CreateStoreAsync();
        await store.ApplyAsync(Started(at: Now.AddMinutes(-70)));
        await store.ApplyAsync(Started(at: Now.AddMinutes(-50)));
        await store.ApplyAsync(Started(at: Now.AddMinutes(-10)));

        var now = await store.LoadAsync(Query(), Now);
        var later = await store.LoadAsync(Query(), Now.AddMinutes(15));

        Assert.Equal(2, now.RunsInLastHour);
        Assert.Equal(1, later.RunsInLastHour);
        Assert.Equal(Now.AddMinutes(-10), Assert.Single(now.LastRuns).At);
    }

    [Fact]
    public async Task Run_finish_frees_the_slot_and_the_count_never_goes_below_zero()
    {
        var store = await CreateStoreAsync();
        await store.ApplyAsync(Started());

        await store.ApplyAsync(Finished());
        await store.ApplyAsync(Finished());

        Assert.Equal(0, (await store.LoadAsync(Query(), Now)).RunningRemediations);
    }

    [Fact]
    public async Task Failures_open_the_breaker_at_the_threshold_and_a_success_does_not_close_it()
    {
        var store = await CreateStoreAsync();

        await store.ApplyAsync(Finished(succeeded: false, threshold: 2, at: Now.AddMinutes(1)));
        var afterOne = (await store.LoadAsync(Query(), Now)).CircuitBreaker;
        await store.ApplyAsync(Finished(succeeded: false, threshold: 2, at: Now.AddMinutes(2)));
        await store.ApplyAsync(Finished(succeeded: true, threshold: 2, at: Now.AddMinutes(3)));
        var afterSuccess = (await store.LoadAsync(Query(), Now)).CircuitBreaker;

        Assert.Equal(new CircuitBreakerState(1, false, null), afterOne);
        Assert.Equal(new CircuitBreakerState(0, true, Now.AddMinutes(2)), afterSuccess);
    }

    [Fact]
    public async Task Breaker_reset_closes_it_and_keeps_who_and_why()
    {
        var store = await CreateStoreAsync();
        await store.ApplyAsync(Finished(succeeded: false, threshold: 1));

        var state = await store.ResetCircuitBreakerAsync(Runbook, Operator("fixed the app setting"));
        var snapshot = await store.LoadAsync(Query(), Now);

        Assert.Equal(CircuitBreakerState.Closed, state);
        Assert.Equal(CircuitBreakerState.Closed, snapshot.CircuitBreaker);
        Assert.Equal(Operator("fixed the app setting"), snapshot.LastBreakerReset);
    }

    [Fact]
    public async Task Kill_switch_keeps_who_why_and_when_for_engage_and_release()
    {
        var store = await CreateStoreAsync();

        var engaged = await store.SetKillSwitchAsync(true, Operator("bad deploy"));
        var whileEngaged = (await store.LoadAsync(Query(), Now)).KillSwitch;
        await store.SetKillSwitchAsync(false, Operator("rolled back", Now.AddHours(1)));
        var released = (await store.LoadAsync(Query(), Now)).KillSwitch;

        Assert.Equal(new KillSwitchState(true, "alice@contoso.com", Now, "bad deploy"), engaged);
        Assert.Equal(engaged, whileEngaged);
        Assert.Equal(new KillSwitchState(false, "alice@contoso.com", Now.AddHours(1), "rolled back"), released);
    }

    [Fact]
    public async Task Refirings_accumulate_and_those_past_retention_are_dropped()
    {
        var store = await CreateStoreAsync();
        await store.ApplyAsync(Refired(Now.AddHours(-30)));
        await store.ApplyAsync(Refired(Now.AddMinutes(-20)));
        await store.ApplyAsync(Refired(Now.AddMinutes(-10)));

        var snapshot = await store.LoadAsync(Query(), Now);

        Assert.Equal([Now.AddMinutes(-20), Now.AddMinutes(-10)], snapshot.RefiringsAfterRemediation);
    }

    [Fact]
    public async Task Cancel_frees_the_slot_once_and_leaves_the_breaker_alone()
    {
        var store = await CreateStoreAsync();
        await store.ApplyAsync(Started(), "am-0");
        await store.ApplyAsync(Started(), "am-1");
        await store.ApplyAsync(Finished(succeeded: false), "am-0");

        var cancelled = await store.ApplyAsync(GuardrailStateUpdate.RunCancelled(Now), "am-1");
        var retried = await store.ApplyAsync(GuardrailStateUpdate.RunCancelled(Now), "am-1");
        var finishedLate = await store.ApplyAsync(Finished(succeeded: false), "am-1");
        var snapshot = await store.LoadAsync(Query(), Now);

        Assert.Equal([GuardrailApplyOutcome.Applied, GuardrailApplyOutcome.AlreadyApplied, GuardrailApplyOutcome.AlreadyApplied], [cancelled, retried, finishedLate]);
        Assert.Equal((0, 1), (snapshot.RunningRemediations, snapshot.CircuitBreaker.ConsecutiveFailures));
    }

    [Fact]
    public async Task Refiring_retried_with_the_same_notification_id_counts_once()
    {
        var store = await CreateStoreAsync();

        var first = await store.ApplyAsync(Refired(Now.AddMinutes(-10), "sha-a"));
        var retried = await store.ApplyAsync(Refired(Now.AddMinutes(-9), "sha-a"));
        var other = await store.ApplyAsync(Refired(Now.AddMinutes(-8), "sha-b"));
        var snapshot = await store.LoadAsync(Query(), Now);

        Assert.Equal([GuardrailApplyOutcome.Applied, GuardrailApplyOutcome.AlreadyApplied, GuardrailApplyOutcome.Applied], [first, retried, other]);
        Assert.Equal([Now.AddMinutes(-10), Now.AddMinutes(-8)], snapshot.RefiringsAfterRemediation);
    }

    [Fact]
    public async Task Start_decided_on_a_stale_snapshot_conflicts_and_writes_nothing()
    {
        var store = await CreateStoreAsync();
        var stale = await store.LoadAsync(Query(), Now);
        await store.ApplyAsync(Started(await store.LoadAsync(Query(), Now)), "am-first");

        var outcome = await store.ApplyAsync(Started(stale), "am-second");
        var snapshot = await store.LoadAsync(Query(), Now);

        Assert.Equal(GuardrailApplyOutcome.Conflict, outcome);
        Assert.Equal(["am-first"], snapshot.RunningRemediationIds);
        Assert.Equal(1, snapshot.RunsInLastHour);
    }

    [Fact]
    public async Task Kill_switch_engaged_after_a_snapshot_makes_the_start_conflict()
    {
        var store = await CreateStoreAsync();
        var snapshot = await store.LoadAsync(Query(), Now);
        await store.SetKillSwitchAsync(true, Operator());

        var outcome = await store.ApplyAsync(Started(snapshot));

        Assert.Equal(GuardrailApplyOutcome.Conflict, outcome);
        Assert.Equal(0, (await store.LoadAsync(Query(), Now)).RunningRemediations);
    }

    [Fact]
    public async Task Finish_applies_even_when_its_snapshot_is_stale()
    {
        var store = await CreateStoreAsync();
        var stale = await store.LoadAsync(Query(), Now);
        await store.ApplyAsync(Started(stale), "am-1");
        await store.ApplyAsync(Started(), "am-2");

        var outcome = await store.ApplyAsync(Finished(ifMatch: stale.ETag), "am-1");

        Assert.Equal(GuardrailApplyOutcome.Applied, outcome);
        Assert.Equal(["am-2"], (await store.LoadAsync(Query(), Now)).RunningRemediationIds);
    }

    [Fact]
    public async Task Start_and_finish_retried_for_one_remediation_count_once()
    {
        var store = await CreateStoreAsync();
        var snapshot = await store.LoadAsync(Query(), Now);

        var first = await store.ApplyAsync(Started(snapshot), "am-1");
        var retriedStart = await store.ApplyAsync(Started(snapshot), "am-1");
        var afterStart = await store.LoadAsync(Query(), Now);
        var finish = await store.ApplyAsync(Finished(succeeded: false, threshold: 5), "am-1");
        var retriedFinish = await store.ApplyAsync(Finished(succeeded: false, threshold: 5), "am-1");
        var afterFinish = await store.LoadAsync(Query(), Now);

        Assert.Equal([GuardrailApplyOutcome.Applied, GuardrailApplyOutcome.AlreadyApplied], [first, retriedStart]);
        Assert.Equal((1, 1), (afterStart.RunningRemediations, afterStart.RunsInLastHour));
        Assert.Equal([GuardrailApplyOutcome.Applied, GuardrailApplyOutcome.AlreadyApplied], [finish, retriedFinish]);
        Assert.Equal((0, 1), (afterFinish.RunningRemediations, afterFinish.CircuitBreaker.ConsecutiveFailures));
    }

    [Fact]
    public async Task Parallel_starts_from_many_hosts_never_exceed_the_concurrency_limit()
    {
        var store = await CreateStoreAsync();
        const int Contenders = 10, Limit = 3;
        var (conflicts, loaded) = (0, 0);
        var allLoaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Every contender decides on the same first snapshot (as hosts receiving alerts at one moment would), then all apply.
        var started = await Task.WhenAll(Enumerable.Range(1, Contenders).Select(i => Task.Run(() => TryStartAsync(
            store, $"am-{i}", i % 2 == 0 ? Runbook : "scale-out", Site(i), Limit,
            onConflict: () => Interlocked.Increment(ref conflicts),
            afterFirstLoad: () =>
            {
                if (Interlocked.Increment(ref loaded) == Contenders)
                {
                    allLoaded.SetResult();
                }

                return allLoaded.Task;
            }))));
        var snapshot = await store.LoadAsync(Query(), Now);

        Assert.Equal(Limit, started.Count(s => s));
        Assert.Equal(Limit, snapshot.RunningRemediations);
        Assert.Equal(Limit, snapshot.RunningRemediationIds.Count);
        Assert.True(conflicts >= Contenders - 1, $"only {conflicts} conflict(s): the contenders did not race");
    }

    [Fact]
    public async Task Changes_to_rows_outside_the_snapshot_do_not_make_the_start_conflict()
    {
        var store = await CreateStoreAsync();
        var snapshot = await store.LoadAsync(Query(), Now);
        await store.ApplyAsync(new GuardrailStateUpdate(null, [new AlertRefiredChange("flap-another-alert", Now)]));
        await store.ApplyAsync(new GuardrailStateUpdate(null, [new CircuitBreakerResetChange("scale-out", "bob", Now)]));

        var outcome = await store.ApplyAsync(Started(snapshot));

        Assert.Equal(GuardrailApplyOutcome.Applied, outcome);
    }
}
