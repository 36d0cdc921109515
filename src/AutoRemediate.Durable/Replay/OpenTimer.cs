namespace AutoRemediate.Durable.Replay;

/// <summary>A timer the code created in this execution, and whether it has fired or been cancelled.</summary>
internal sealed class OpenTimer(int id, DateTimeOffset fireAt)
{
    public int Id { get; } = id;

    public DateTimeOffset FireAt { get; } = fireAt;

    public TaskCompletionSource Completion { get; } = new();

    public bool Fired { get; set; }

    public bool Cancelled { get; set; }

    public bool IsPending => !Fired && !Cancelled;
}
