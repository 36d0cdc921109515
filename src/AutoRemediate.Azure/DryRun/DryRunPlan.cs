using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.DryRun;

/// <summary>The changes a dry-run session's clients would have sent, in order.</summary>
internal sealed class DryRunPlan
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

    public void Add(ArmRequest request)
    {
        lock (_gate)
        {
            _planned.Add(request);
        }
    }
}
