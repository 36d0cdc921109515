namespace AutoRemediate.Durable.Replay;

/// <summary>The code called activity <see cref="Name"/>.</summary>
internal sealed record ScheduleTaskAction(int Id, string Name, string? Input) : PendingAction(Id)
{
    public override string Describe() => $"activity '{Name}'";
}
