using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.Pipeline;

/// <summary>
/// Where the clients hand their requests: reads are always sent; changes are sent (live) or only recorded (dry run),
/// so the same client code yields exactly the requests a live run would make.
/// </summary>
internal interface IAzureRequestExecutor
{
    /// <summary>Sends a request that changes nothing (GET, or a query POST) and returns the answer.</summary>
    Task<ArmResponse> ReadAsync(ArmRequest request, CancellationToken cancellationToken);

    /// <summary>Sends a change; with <paramref name="waitForCompletion"/>, follows its long-running operation to the end.</summary>
    Task<AzureActionResult> ChangeAsync(ArmRequest request, bool waitForCompletion, CancellationToken cancellationToken);
}
