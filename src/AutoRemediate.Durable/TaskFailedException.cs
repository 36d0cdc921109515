using AutoRemediate.Durable.Store;

namespace AutoRemediate.Durable;

/// <summary>Thrown into an orchestrator when an activity it awaited failed.</summary>
/// <remarks>Under replay the same exception is rebuilt from the recorded <see cref="History.TaskFailedEvent"/>.</remarks>
public sealed class TaskFailedException : Exception
{
    /// <summary>Creates the exception for task <paramref name="taskId"/> of activity <paramref name="taskName"/>.</summary>
    public TaskFailedException(string taskName, int taskId, FailureDetails failureDetails)
        : base($"Task '{taskName}' (#{taskId}) failed with an unhandled exception: {failureDetails?.ErrorMessage}")
    {
        ArgumentNullException.ThrowIfNull(failureDetails);
        TaskName = taskName;
        TaskId = taskId;
        FailureDetails = failureDetails;
    }

    /// <summary>The activity name.</summary>
    public string TaskName { get; }

    /// <summary>The event id the activity was scheduled with.</summary>
    public int TaskId { get; }

    /// <summary>The activity's exception, as data.</summary>
    public FailureDetails FailureDetails { get; }
}
