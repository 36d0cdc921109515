using AutoRemediate.Functions.Engine;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.Composition;

namespace AutoRemediate.Functions.SelfCheck;

/// <summary>
/// <c>AutoRemediate.Functions selfcheck</c>: schedules the engine self-check on the storage the app uses, lets the
/// running app's workers execute it, raises its event, and prints its timeline. Exits 0 only if it completed.
/// </summary>
internal static class SelfCheckCommand
{
    private static readonly TimeSpan CompletionTimeout = TimeSpan.FromSeconds(60);

    public static bool Matches(string[] args) => args is ["selfcheck", ..];

    public static async Task<int> RunAsync(string[] args)
    {
        using var host = HostComposition.BuildCommandHost(args[1..]);
        var client = host.Services.GetRequiredService<DurableTaskClient>();
        var time = host.Services.GetRequiredService<TimeProvider>();

        var instanceId = $"selfcheck-{time.GetUtcNow():yyyyMMdd-HHmmss-fff}";
        await client.ScheduleNewOrchestrationInstanceAsync(EngineSelfCheckOrchestrator.Name, new SelfCheckInput(30), new StartOrchestrationOptions(instanceId));
        Console.WriteLine($"selfcheck: scheduled {instanceId}; a worker of the running app picks it up");

        using var deadline = new CancellationTokenSource(CompletionTimeout);
        try
        {
            await FollowUntilWaitingForEventAsync(client, instanceId, deadline.Token);
            Console.WriteLine($"selfcheck: raising '{EngineSelfCheckOrchestrator.ContinueEvent}'");
            await client.RaiseEventAsync(instanceId, EngineSelfCheckOrchestrator.ContinueEvent, "from the selfcheck command", deadline.Token);
            var final = await client.WaitForInstanceCompletionAsync(instanceId, CompletionTimeout, deadline.Token);
            await PrintAsync(client, final);
            return final.RuntimeStatus == OrchestrationRuntimeStatus.Completed ? 0 : 1;
        }
        catch (Exception exception) when (exception is OperationCanceledException or TimeoutException)
        {
            Console.Error.WriteLine($"selfcheck: {instanceId} did not finish within {CompletionTimeout.TotalSeconds:0} s. Is the app running against the same storage? Its state is kept for inspection.");
            return 1;
        }
    }

    private static async Task FollowUntilWaitingForEventAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken)
    {
        string? last = null;
        while (true)
        {
            var status = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellation: cancellationToken);
            var custom = status?.ReadCustomStatusAs<string>();
            if (custom is not null && custom != last)
            {
                Console.WriteLine($"selfcheck: {status!.RuntimeStatus}, {custom}");
                last = custom;
            }

            if (custom == EngineSelfCheckOrchestrator.WaitingForEventStatus || status?.IsCompleted == true)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    private static async Task PrintAsync(DurableTaskClient client, OrchestrationMetadata final)
    {
        Console.WriteLine($"selfcheck: {final.InstanceId} {final.RuntimeStatus} in {(final.LastUpdatedAt - final.CreatedAt).TotalSeconds:0.00} s");
        foreach (var line in HistoryTimeline.Render(await client.GetOrchestrationHistoryAsync(final.InstanceId)))
        {
            Console.WriteLine(line);
        }

        var result = final.ReadOutputAs<SelfCheckResult>();
        if (result is not null)
        {
            Console.WriteLine($"selfcheck: verdict: {result.Verdict}; probes ran in process(es) {string.Join(", ", result.Probes.Select(p => p.ProcessId).Distinct())}");
        }
        else if (final.FailureDetails is { } failure)
        {
            Console.WriteLine($"selfcheck: failed: {failure.ErrorType}: {failure.ErrorMessage}");
        }
    }
}
