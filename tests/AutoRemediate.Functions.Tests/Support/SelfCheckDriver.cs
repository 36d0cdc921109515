using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.SelfCheck;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>Starts the engine self-check and raises its event once it waits for it.</summary>
internal static class SelfCheckDriver
{
    public static async Task<string> StartAsync(DurableTaskClient client)
    {
        var id = "selfcheck-" + Guid.NewGuid().ToString("N")[..8];
        await client.ScheduleNewOrchestrationInstanceAsync(EngineSelfCheckOrchestrator.Name, new SelfCheckInput(EventTimeoutSeconds: 60), new StartOrchestrationOptions(id));
        return id;
    }

    /// <summary>True once the instance finished; raises the event the first time the instance waits for it.</summary>
    public static async Task<bool> AdvanceAsync(DurableTaskClient client, string instanceId)
    {
        var state = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true);
        if (state?.ReadCustomStatusAs<string>() == EngineSelfCheckOrchestrator.WaitingForEventStatus)
        {
            await client.RaiseEventAsync(instanceId, EngineSelfCheckOrchestrator.ContinueEvent, "test");
        }

        return state?.IsCompleted == true;
    }
}
