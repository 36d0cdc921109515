using AutoRemediate.Runbooks.Hosting;
using Microsoft.DurableTask;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>
/// Registers the drain-queue runbook, its activities and its settings (section <c>QueueDrain</c>); it reaches storage
/// accounts with the Azure actuators' credential, so the Azure actuators must be registered too.
/// </summary>
internal static class QueueDrainRegistration
{
    public static DurableTasksBuilder AddDrainQueueRunbook(this DurableTasksBuilder engine, IConfiguration configuration)
    {
        var services = engine.Services;
        services.AddOptions<QueueDrainOptions>().Bind(configuration.GetSection(QueueDrainOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<QueueDrainOptions>, QueueDrainOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<QueueDrainAccounts>();
        services.TryAddSingleton<IQueueDrainWorker, QueueDrainWorker>();
        services.AddSingleton<IRunbook, DrainQueueRunbook>();
        return engine
            .AddActivity<QueueDrainSurveyActivity>(QueueDrainSurveyActivity.Name)
            .AddActivity<QueueDrainBatchActivity>(QueueDrainBatchActivity.Name);
    }
}
