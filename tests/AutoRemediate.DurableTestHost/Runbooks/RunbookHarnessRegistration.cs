using System.Globalization;
using AutoRemediate.Runbooks;
using AutoRemediate.Runbooks.Hosting;
using AutoRemediate.Runbooks.QueueDrain;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AutoRemediate.DurableTestHost.Runbooks;

/// <summary>Adds the coded runbooks, the harness orchestrator and, with <c>--crash-after-batch=N</c>, the self-kill.</summary>
internal static class RunbookHarnessRegistration
{
    public static DurableTasksBuilder AddRunbookHarness(this DurableTasksBuilder engine, IConfiguration settings, string journalPath)
    {
        engine.Services.AddSingleton(new JournalFile(journalPath));
        engine.AddRunbooks(settings)
            .AddOrchestrator<RunbookHarnessOrchestrator>(RunbookHarnessOrchestrator.Name)
            .AddActivity<HarnessJournalActivity>(HarnessJournalActivity.Name);
        if (settings["crash-after-batch"] is { } crash)
        {
            engine.Services.AddSingleton<QueueDrainWorker>();
            engine.Services.Replace(ServiceDescriptor.Singleton<IQueueDrainWorker>(sp =>
                new CrashingQueueDrainWorker(sp.GetRequiredService<QueueDrainWorker>(), int.Parse(crash, CultureInfo.InvariantCulture))));
        }

        return engine;
    }
}
