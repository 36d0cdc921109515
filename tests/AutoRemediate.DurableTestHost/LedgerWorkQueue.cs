using System.Text.Json;
using AutoRemediate.Durable.Store;
using AutoRemediate.DurableTestHost.Ledger;

namespace AutoRemediate.DurableTestHost;

/// <summary>
/// Records every activity dispatch in the ledger before passing it to the real queue. A turn sends its messages
/// before it commits, so a worker killed in between leaves a dispatched step that a restarted worker dispatches
/// again: the ledger must show that, or a correct re-run would look like a needless one.
/// </summary>
public sealed class LedgerWorkQueue(IWorkQueue inner, LedgerFile ledger, WorkerName worker, TimeProvider time) : IWorkQueue
{
    public async Task EnqueueAsync(string body, TimeSpan visibilityDelay, CancellationToken cancellationToken)
    {
        if (ActivityStep(body) is { } dispatch)
        {
            var now = time.GetUtcNow();
            ledger.Append(new LedgerEntry(LedgerEntry.ActivityDispatched, dispatch.InstanceId, dispatch.Step, worker.Id, Environment.ProcessId, now, now));
        }

        await inner.EnqueueAsync(body, visibilityDelay, cancellationToken);
    }

    public Task<IReadOnlyList<ReceivedWorkMessage>> ReceiveAsync(int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken) =>
        inner.ReceiveAsync(maxMessages, visibilityTimeout, cancellationToken);

    public Task DeleteAsync(ReceivedWorkMessage message, CancellationToken cancellationToken) =>
        inner.DeleteAsync(message, cancellationToken);

    public Task<ReceivedWorkMessage> SetVisibilityAsync(ReceivedWorkMessage message, TimeSpan visibilityTimeout, CancellationToken cancellationToken) =>
        inner.SetVisibilityAsync(message, visibilityTimeout, cancellationToken);

    private static (string InstanceId, int Step)? ActivityStep(string body)
    {
        using var message = JsonDocument.Parse(body);
        var root = message.RootElement;
        if (Property(root, "kind")?.GetString() != "activity" || Property(root, "input")?.GetString() is not { } input)
        {
            return null;
        }

        // Only the ledger's own steps are recorded; runbook activities (harness mode) have other inputs.
        using var step = JsonDocument.Parse(input);
        return step.RootElement.ValueKind == JsonValueKind.Object && Property(step.RootElement, "step") is { ValueKind: JsonValueKind.Number } number
            ? (Property(root, "instanceId")!.Value.GetString()!, number.GetInt32())
            : null;
    }

    private static JsonElement? Property(JsonElement element, string name) =>
        element.EnumerateObject().Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            .Select(p => (JsonElement?)p.Value).FirstOrDefault();
}
