using Microsoft.DurableTask;

namespace AutoRemediate.Functions.SelfCheck;

/// <summary>Reports which process ran it, so the self-check shows real workers doing real work.</summary>
internal sealed class SelfCheckProbeActivity(TimeProvider time) : TaskActivity<int, ProbeResult>
{
    public const string Name = "SelfCheckProbe";

    public override Task<ProbeResult> RunAsync(TaskActivityContext context, int input) =>
        Task.FromResult(new ProbeResult(input, Environment.MachineName, Environment.ProcessId, time.GetUtcNow()));
}
