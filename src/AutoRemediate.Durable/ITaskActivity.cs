namespace AutoRemediate.Durable;

/// <summary>An activity as the engine sees it; derive from <see cref="TaskActivity{TInput, TOutput}"/> instead.</summary>
public interface ITaskActivity
{
    /// <summary>The type the activity input is deserialised to.</summary>
    Type InputType { get; }

    /// <summary>The type of the activity's result.</summary>
    Type OutputType { get; }

    /// <summary>Runs the activity once.</summary>
    Task<object?> RunAsync(TaskActivityContext context, object? input, CancellationToken cancellationToken);
}
