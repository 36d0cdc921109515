using AutoRemediate.Core.Guardrails;
using AutoRemediate.Core.Guardrails.State;
using AutoRemediate.Core.Tests.Support;

namespace AutoRemediate.Core.Tests.Guardrails;

/// <summary>The in-memory store with the real engine; the full contract runs in AutoRemediate.Storage.Tests against both stores.</summary>
public sealed class GuardrailStateStoreTests
{
    [Fact]
    public async Task Engine_blocks_the_second_start_once_the_stored_count_reaches_the_limit()
    {
        var store = GuardrailStateStore.CreateInMemory();
        var request = TestGuardrails.Request();
        var query = GuardrailStateQuery.For(request.Alert, request.Plan);
        var limit = TestGuardrails.Context() with { MaxConcurrentRemediations = 1, ETag = null };

        var first = (await store.LoadAsync(query, TestGuardrails.Now)).ApplyTo(limit);
        var firstDecision = TestGuardrails.Decide(request with { Context = first });
        await store.ApplyAsync(GuardrailStateUpdate.RunStarted(first, request.Alert, request.Plan, dryRun: false), "am-1");
        var second = (await store.LoadAsync(query, TestGuardrails.Now)).ApplyTo(limit);
        var secondDecision = TestGuardrails.Decide(request with { Context = second });

        Assert.NotEqual(DecisionOutcome.Blocked, firstDecision.Outcome);
        Assert.Equal(DecisionOutcome.Blocked, secondDecision.Outcome);
        Assert.Contains(secondDecision.Verdicts, v => v.Name == "cooldown" && v.Outcome == GuardrailOutcome.Block);
        Assert.Contains(secondDecision.Verdicts, v => v.Name == "concurrency" && v.Outcome == GuardrailOutcome.Block);
    }

    [Fact]
    public async Task Start_with_a_token_the_store_did_not_issue_is_rejected()
    {
        var store = GuardrailStateStore.CreateInMemory();
        var request = TestGuardrails.Request();

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            store.ApplyAsync(GuardrailStateUpdate.RunStarted(TestGuardrails.Context(), request.Alert, request.Plan, dryRun: false)));

        Assert.Contains("not a guardrail state token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Starts_beyond_the_row_cap_keep_the_newest()
    {
        var options = new GuardrailStateOptions { MaxTimesPerRow = 3 };
        var times = Enumerable.Range(1, 5).Select(i => TestGuardrails.Now.AddMinutes(i));

        var kept = GuardrailTransitions.Window(times, TestGuardrails.Now, options);

        Assert.Equal([TestGuardrails.Now.AddMinutes(3), TestGuardrails.Now.AddMinutes(4), TestGuardrails.Now.AddMinutes(5)], kept.ToArray());
    }
}
