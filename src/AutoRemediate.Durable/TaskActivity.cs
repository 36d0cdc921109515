namespace AutoRemediate.Durable;

/// <summary>Base class for activities: the units of real work (I/O, Azure calls) an orchestrator schedules.</summary>
/// <remarks>
/// Activities run at least once: a worker that dies mid-activity leaves its message to reappear and the activity
/// runs again, so actuators must be idempotent. Activities are resolved from a fresh DI scope per execution.
/// An exception thrown here reaches the orchestrator as a <see cref="TaskFailedException"/>.
/// </remarks>
public abstract class TaskActivity<TInput, TOutput> : ITaskActivity
{
    Type ITaskActivity.InputType => typeof(TInput);

    Type ITaskActivity.OutputType => typeof(TOutput);

    /// <summary>The activity logic; <paramref name="cancellationToken"/> fires when the worker shuts down.</summary>
    public abstract Task<TOutput> RunAsync(TaskActivityContext context, TInput input, CancellationToken cancellationToken);

    async Task<object?> ITaskActivity.RunAsync(TaskActivityContext context, object? input, CancellationToken cancellationToken) =>
        await RunAsync(context, input is TInput typed ? typed : default!, cancellationToken);
}
