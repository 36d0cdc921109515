using System.Collections.Concurrent;
using AutoRemediate.Functions.Remediation;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>What the recording orchestrator saw outside replay: one entry per execution that really started.</summary>
internal sealed class RemediationRecorder
{
    private readonly ConcurrentQueue<(string InstanceId, RemediationRequest Input)> executions = new();

    public void ExecutionStarted(string instanceId, RemediationRequest input) => executions.Enqueue((instanceId, input));

    public int ExecutionCount(string instanceId) => executions.Count(e => e.InstanceId == instanceId);

    public RemediationRequest? FirstInput(string instanceId) => executions.FirstOrDefault(e => e.InstanceId == instanceId).Input;
}
