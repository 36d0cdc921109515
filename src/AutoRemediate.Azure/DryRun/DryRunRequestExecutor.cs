using AutoRemediate.Azure.Pipeline;
using AutoRemediate.Azure.Requests;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Azure.DryRun;

/// <summary>Sends reads, so a dry run sees real state; records changes instead of sending them.</summary>
internal sealed class DryRunRequestExecutor(IAzureRequestExecutor live, ILogger logger) : IAzureRequestExecutor
{
    private readonly Lock _gate = new();
    private readonly List<ArmRequest> _planned = [];

    public IReadOnlyList<ArmRequest> Planned
    {
        get
        {
            lock (_gate)
            {
                return [.. _planned];
            }
        }
    }

    public Task<ArmResponse> ReadAsync(ArmRequest request, CancellationToken cancellationToken) => live.ReadAsync(request, cancellationToken);

    public Task<AzureActionResult> ChangeAsync(ArmRequest request, bool waitForCompletion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            _planned.Add(request);
        }

        Logs.DryRunRecorded(logger, request.Method, request.Uri.AbsolutePath);
        return Task.FromResult(new AzureActionResult(request, 0, AzureRequestIds.None, DryRun: true));
    }
}
