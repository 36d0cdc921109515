using AutoRemediate.Runbooks.Hosting;
using Microsoft.DurableTask;

namespace AutoRemediate.Functions.SelfCheck;

/// <summary>Registers the self-check orchestration with the engine.</summary>
internal static class SelfCheckRegistration
{
    public static DurableTasksBuilder AddSelfCheck(this DurableTasksBuilder engine) =>
        engine
            .AddOrchestrator<EngineSelfCheckOrchestrator>(EngineSelfCheckOrchestrator.Name)
            .AddActivity<SelfCheckProbeActivity>(SelfCheckProbeActivity.Name);
}
