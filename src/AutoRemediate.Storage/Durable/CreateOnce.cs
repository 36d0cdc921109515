namespace AutoRemediate.Storage.Durable;

/// <summary>Runs an idempotent set-up step (create table or queue) once; a failed attempt is retried by the next caller.</summary>
internal sealed class CreateOnce(Func<CancellationToken, Task> create)
{
    private readonly Lock _gate = new();
    private Task? _task;

    public Task EnsureAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_task is null || _task.IsFaulted || _task.IsCanceled)
            {
                // Not the caller's token: one caller's cancellation must not fail set-up for the others.
                _task = create(CancellationToken.None);
            }

            return _task.WaitAsync(cancellationToken);
        }
    }
}
