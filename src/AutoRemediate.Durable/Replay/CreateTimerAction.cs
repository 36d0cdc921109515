namespace AutoRemediate.Durable.Replay;

/// <summary>The code created a durable timer due at <see cref="FireAt"/>.</summary>
internal sealed record CreateTimerAction(int Id, DateTimeOffset FireAt) : PendingAction(Id)
{
    public override string Describe() => $"a timer due {FireAt:O}";
}
