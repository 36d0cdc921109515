namespace AutoRemediate.Durable;

/// <summary>An orchestrator as the engine sees it; derive from <see cref="TaskOrchestrator{TInput, TOutput}"/> instead.</summary>
public interface ITaskOrchestrator
{
    /// <summary>The type the instance input is deserialised to.</summary>
    Type InputType { get; }

    /// <summary>The type of the orchestrator's result.</summary>
    Type OutputType { get; }

    /// <summary>Runs (or, under replay, re-runs) the orchestration.</summary>
    Task<object?> RunAsync(TaskOrchestrationContext context, object? input);
}
