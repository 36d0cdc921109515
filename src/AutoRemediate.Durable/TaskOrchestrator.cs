namespace AutoRemediate.Durable;

/// <summary>Base class for orchestrators: durable, replayed workflows that schedule activities, timers and waits.</summary>
/// <remarks>
/// <para>
/// The engine re-runs <see cref="RunAsync"/> from the start on every turn and feeds it the recorded history, so
/// the code must be deterministic: take time from <see cref="TaskOrchestrationContext.CurrentUtcDateTime"/>, ids
/// from <see cref="TaskOrchestrationContext.NewGuid"/>, and do all I/O in activities. Await only tasks the
/// context returns (and <see cref="Task.WhenAll(Task[])"/>/<see cref="Task.WhenAny(Task[])"/> of them); never
/// <c>Task.Run</c>, <c>Task.Delay</c> or <c>ConfigureAwait(false)</c>.
/// </para>
/// <para>
/// WARNING: the order and kind of calls an orchestrator makes is recorded in stored histories. Changing it while
/// instances are in flight makes them fail as non-deterministic; register changed logic under a new name.
/// </para>
/// </remarks>
/// <typeparam name="TInput">The instance input, deserialised from JSON.</typeparam>
/// <typeparam name="TOutput">The result, serialised to JSON as the instance output.</typeparam>
public abstract class TaskOrchestrator<TInput, TOutput> : ITaskOrchestrator
{
    Type ITaskOrchestrator.InputType => typeof(TInput);

    Type ITaskOrchestrator.OutputType => typeof(TOutput);

    /// <summary>The orchestration logic.</summary>
    public abstract Task<TOutput> RunAsync(TaskOrchestrationContext context, TInput input);

    async Task<object?> ITaskOrchestrator.RunAsync(TaskOrchestrationContext context, object? input) =>
        await RunAsync(context, input is TInput typed ? typed : default!);
}
