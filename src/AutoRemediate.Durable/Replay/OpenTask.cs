namespace AutoRemediate.Durable.Replay;

/// <summary>An activity call the code awaits.</summary>
internal sealed class OpenTask(int id, string name)
{
    public int Id { get; } = id;

    public string Name { get; } = name;

    /// <summary>Completes with the activity's JSON result; continuations run inline on the turn's thread.</summary>
    public TaskCompletionSource<string?> Completion { get; } = new();
}
