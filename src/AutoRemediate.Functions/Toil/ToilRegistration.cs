using AutoRemediate.Runbooks.Hosting;
using Microsoft.DurableTask;
using AutoRemediate.Functions.Remediation.Steps;
using AutoRemediate.Functions.Teams;
using AutoRemediate.Storage.Toil;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Toil;

/// <summary>Registers the toil ledger, its remediation activity, the report runner and timer, and the Teams summary.</summary>
internal static class ToilRegistration
{
    public static DurableTasksBuilder AddToil(this DurableTasksBuilder engine, IConfiguration configuration)
    {
        var services = engine.Services;
        services.AddOptions<ToilOptions>().Bind(configuration.GetSection(ToilOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ToilOptions>, ToilOptionsValidator>();
        var section = configuration.GetSection(ToilOptions.SectionName);
        services.AddAzureToilStores(
            section[nameof(ToilOptions.LedgerTableName)] ?? ToilOptions.DefaultLedgerTableName,
            section[nameof(ToilOptions.ReportTableName)] ?? ToilOptions.DefaultReportTableName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddTeamsWebhook(configuration);

        // Transient like the typed HttpClient under the Teams client.
        services.AddTransient<ToilSummaryPoster>();
        services.AddTransient<ToilReportRunner>();
        services.AddTransient<ToilTimer>();
        services.AddTransient<ToilReportReader>();
        services.AddSingleton<ManualToilLog>();
        services.AddSingleton<ToilPreview>();
        services.AddSingleton<ToilDayVerifier>();
        return engine.AddActivity<RecordToilActivity>(RecordToilActivity.Name);
    }

    /// <summary>The self-hosted timers (the Functions host fires ToilDailyReport and ToilWeeklyReport instead).</summary>
    public static IServiceCollection AddToilScheduler(this IServiceCollection services) => services.AddHostedService<ToilReportScheduler>();
}
