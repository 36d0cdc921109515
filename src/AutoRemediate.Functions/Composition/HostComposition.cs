using Microsoft.DurableTask;
using AutoRemediate.Functions.Approvals;
using AutoRemediate.Functions.Audit;
using AutoRemediate.Functions.CustomHandler;
using AutoRemediate.Functions.Dashboard;
using AutoRemediate.Functions.Health;
using AutoRemediate.Functions.Hosting;
using AutoRemediate.Functions.Maintenance;
using AutoRemediate.Functions.Operator;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.SelfCheck;
using AutoRemediate.Functions.Toil;
using AutoRemediate.Functions.Webhook;
using AutoRemediate.Runbooks;
using AutoRemediate.Storage;
using AutoRemediate.Server.Engine;
using AutoRemediate.Functions.Engine;
using AutoRemediate.Runbooks.Hosting;
using Azure.Core;

namespace AutoRemediate.Functions.Composition;

/// <summary>The composition root: what the app registers and which endpoints it maps, per hosting mode.</summary>
internal static class HostComposition
{
    public static WebApplicationBuilder AddAutoRemediate(this WebApplicationBuilder builder)
    {
        var (mode, port) = HostingEnvironment.Detect(builder.Configuration);
        if (port is { } handlerPort)
        {
            // Only the Functions host talks to a custom handler, over loopback on the port it chose.
            builder.WebHost.UseUrls($"http://127.0.0.1:{handlerPort}");
        }

        builder.Services.AddSingleton(new HostInfo(mode, HostInfo.AppVersion));
        builder.Services.AddProblemDetails();
        builder.Services.AddAutoRemediateServices(builder.Configuration, runWorker: mode == HostingMode.SelfHosted);
        // Both web modes run the engine's worker in process: the Functions host has no Durable extension for a custom handler.
        builder.Services.AddDurableEngine().AddWorker();
        builder.Services.AddAlertWebhook(builder.Configuration);
        builder.Services.AddOperatorApi(builder.Configuration);
        builder.Services.AddDashboard(builder.Configuration);
        return builder;
    }

    /// <summary>Storage, the engine on Azure Storage, and the built-in orchestrations; shared with the CLI commands.</summary>
    public static IServiceCollection AddAutoRemediateServices(this IServiceCollection services, IConfiguration configuration, bool runWorker)
    {
        if (StorageSettings.Credential(configuration) is { } credential)
        {
            services.AddSingleton<TokenCredential>(credential);
        }

        services.AddAzureStorageClients(options => StorageSettings.Apply(configuration, options));
        services.AddDurableTasks()
            .AddSelfCheck()
            .AddRemediation(configuration)
            .AddApprovals(configuration)
            .AddRunbooks(configuration)
            .AddToil(configuration);
        services.AddAppEngine(configuration);
        services.AddInstancePurge(configuration);
        services.AddAuditVerification(configuration);
        if (runWorker)
        {
            services.AddHostedService<InstancePurgeService>();
            services.AddToilScheduler();
            services.AddAuditVerifyScheduler();
        }

        return services;
    }

    /// <summary>
    /// The app's services for a CLI command, without the web host: appsettings, environment and
    /// <paramref name="args"/> as usual, then <paramref name="settings"/> over them.
    /// </summary>
    public static IHost BuildCommandHost(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddAutoRemediateServices(builder.Configuration, runWorker: false);
        return builder.Build();
    }

    public static WebApplication MapAutoRemediate(this WebApplication app)
    {
        app.MapHealth();
        app.MapAlertWebhook();
        app.MapOperatorApi();
        app.MapApprovalsIfEnabled();
        app.MapDashboard();
        app.MapToilApi();
        if (app.Services.GetRequiredService<HostInfo>().Mode == HostingMode.CustomHandler)
        {
            app.MapCustomHandlerInvocations();
        }

        return app;
    }
}
