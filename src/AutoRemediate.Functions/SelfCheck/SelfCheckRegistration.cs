using AutoRemediate.Durable;

namespace AutoRemediate.Functions.SelfCheck;

/// <summary>Registers the self-check orchestration with the engine.</summary>
internal static class SelfCheckRegistration
{
    public static DurableEngineBuilder AddSelfCheck(this DurableEngineBuilder engine) =>
        engine
            .AddOrchestrator<EngineSelfCheckOrchestrator>(EngineSelfCheckOrchestrator.Name)
            .AddActivity<SelfCheckProbeActivity>(SelfCheckProbeActivity.Name);
}
