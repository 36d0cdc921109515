using AutoRemediate.Functions.Composition;
using AutoRemediate.Runbooks.Hosting;
using AutoRemediate.Server.Engine;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;

namespace AutoRemediate.Functions.Engine;

/// <summary>
/// Puts the app's declared orchestrators and activities on the Durable Task engine (DurableTask.AzureStorage on the
/// app's storage account), with the app's JSON and storage settings.
/// </summary>
internal static class EngineComposition
{
    public static DurableEngineBuilder AddAppEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DataConverter>(EngineJson.Converter());
        var engine = services.AddDurableEngine();
        var known = engine.Registry.Orchestrators.Keys.Concat(engine.Registry.Activities.Keys).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var task in services.DurableTaskRegistrations().Where(task => !known.Contains(task.Name)))
        {
            _ = task.Kind == DurableTaskKind.Orchestrator
                ? engine.Registry.AddOrchestrator(task.Name, task.Type)
                : engine.Registry.AddActivity(task.Name, task.Type);
        }

        services.PostConfigure<DurableEngineOptions>(options =>
        {
            // The engine shares the app's storage account (AzureWebJobsStorage) unless Durable:* says otherwise.
            if (string.IsNullOrWhiteSpace(options.ConnectionString) && string.IsNullOrWhiteSpace(options.AccountName))
            {
                options.ConnectionString = configuration[StorageSettings.SettingName] ?? string.Empty;
                options.AccountName = configuration.GetSection(StorageSettings.SettingName)["accountName"];
            }
        });
        return engine;
    }
}
