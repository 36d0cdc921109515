namespace AutoRemediate.Durable.Replay;

/// <summary>External events of one execution: delivered to waiters in order, or buffered until someone waits.</summary>
/// <remarks>Names compare case-insensitively, as in Durable Task.</remarks>
internal sealed class ExternalEventBuffer
{
    private readonly Dictionary<string, Queue<string?>> buffered = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, LinkedList<TaskCompletionSource<string?>>> waiters = new(StringComparer.OrdinalIgnoreCase);

    public Task<string?> WaitAsync(string name, CancellationToken cancellationToken)
    {
        if (buffered.TryGetValue(name, out var queue) && queue.TryDequeue(out var payload))
        {
            return Task.FromResult(payload);
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<string?>(cancellationToken);
        }

        if (!waiters.TryGetValue(name, out var list))
        {
            list = new LinkedList<TaskCompletionSource<string?>>();
            waiters[name] = list;
        }

        var node = list.AddLast(new TaskCompletionSource<string?>());
        if (cancellationToken.CanBeCanceled)
        {
            cancellationToken.Register(() =>
            {
                if (node.List is not null)
                {
                    list.Remove(node);
                }

                node.Value.TrySetCanceled(cancellationToken);
            });
        }

        return node.Value.Task;
    }

    public void Deliver(string name, string? payload)
    {
        if (waiters.TryGetValue(name, out var list) && list.First is { } first)
        {
            list.RemoveFirst();
            first.Value.TrySetResult(payload);
            return;
        }

        if (!buffered.TryGetValue(name, out var queue))
        {
            queue = new Queue<string?>();
            buffered[name] = queue;
        }

        queue.Enqueue(payload);
    }
}
