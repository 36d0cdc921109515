using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using CoreFailureDetails = DurableTask.Core.FailureDetails;
using CoreOrchestrationState = DurableTask.Core.OrchestrationState;
using CoreOrchestrationStatus = DurableTask.Core.OrchestrationStatus;

namespace AutoRemediate.Server.Engine;

/// <summary>Converts DurableTask.Core's instance state to the Microsoft.DurableTask client's model.</summary>
internal static class OrchestrationStateMapping
{
    /// <summary>Every runtime status: what each start passes as dedupe statuses (see <see cref="TaskHubDurableTaskClient"/>).</summary>
    public static readonly CoreOrchestrationStatus[] AllStatuses = Enum.GetValues<CoreOrchestrationStatus>();

    // The two enums share names and numbers (Running = 0 … Suspended = 7): a cast keeps the obsolete Canceled member
    // out of the code.
    public static OrchestrationRuntimeStatus ToRuntimeStatus(this CoreOrchestrationStatus status) => (OrchestrationRuntimeStatus)(int)status;

    public static CoreOrchestrationStatus ToCore(this OrchestrationRuntimeStatus status) => (CoreOrchestrationStatus)(int)status;

    public static OrchestrationMetadata ToMetadata(this CoreOrchestrationState state, DataConverter converter, bool withInputsAndOutputs) =>
        new(state.Name, state.OrchestrationInstance.InstanceId)
        {
            DataConverter = converter,
            RuntimeStatus = state.OrchestrationStatus.ToRuntimeStatus(),
            CreatedAt = AsUtc(state.CreatedTime),
            LastUpdatedAt = AsUtc(state.LastUpdatedTime),
            SerializedInput = withInputsAndOutputs ? state.Input : null,
            SerializedOutput = withInputsAndOutputs ? state.Output : null,
            SerializedCustomStatus = withInputsAndOutputs ? state.Status : null,
            Tags = state.Tags is null ? new Dictionary<string, string>() : new Dictionary<string, string>(state.Tags),
            FailureDetails = state.FailureDetails?.ToSdk(),
        };

    private static TaskFailureDetails ToSdk(this CoreFailureDetails failure) => new(
        ErrorType: failure.ErrorType,
        ErrorMessage: failure.ErrorMessage,
        StackTrace: failure.StackTrace,
        InnerFailure: failure.InnerFailure?.ToSdk(),
        Properties: failure.Properties);

    private static DateTimeOffset AsUtc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));
}
