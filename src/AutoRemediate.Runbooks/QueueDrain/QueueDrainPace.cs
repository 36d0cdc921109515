namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>Spaces messages to a rate, measured from the first one of the batch so short stalls are caught up.</summary>
internal sealed class QueueDrainPace(double messagesPerSecond, TimeProvider timeProvider)
{
    private DateTimeOffset? start;
    private long count;

    public async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        start ??= now;
        if (messagesPerSecond > 0)
        {
            var due = start.Value + TimeSpan.FromSeconds(count / messagesPerSecond);
            if (due > now)
            {
                await Task.Delay(due - now, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }

        count++;
    }
}
