using AutoRemediate.Functions.Engine;
using AutoRemediate.Azure;
using AutoRemediate.Azure.Compute;
using AutoRemediate.AzureFakes;
using AutoRemediate.AzureFakes.Server;
using AutoRemediate.AzureFakes.State;
using AutoRemediate.Core.Audit;
using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Testing.Azurite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>
/// The real app with Azure access on, its Azure clients pointed at the fake Azure (real wire format, HTTPS, bearer
/// token), a binding folder from TestBindings, and Azurite behind the engine, audit log and guardrails.
/// </summary>
internal sealed class RunbookTestBed : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private RunbookTestBed(FakeAzureServer azure, RemediationApp app)
    {
        Azure = azure;
        App = app;
    }

    public FakeAzureServer Azure { get; }

    public RemediationApp App { get; }

    public FakeAzureState State => Azure.State;

    public static async Task<RunbookTestBed> StartAsync(
        AzuriteFixture azurite, string bindingFolder, IReadOnlyDictionary<string, string?>? extraSettings = null, Action<IServiceCollection>? services = null)
    {
        var azure = await FakeAzureServer.StartAsync();
        azure.State.InstanceRestartDuration = TimeSpan.FromSeconds(1);
        var settings = new Dictionary<string, string?>(azure.Settings())
        {
            ["Azure:Enabled"] = "true",
            ["Azure:OperationPollInterval"] = "00:00:00.200",
            ["Azure:RetryDelay"] = "00:00:00.100",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var section = new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection("Azure");
        var app = new RemediationApp(
            azurite.ConnectionString,
            Path.Combine(RemediationApp.TestBindings, bindingFolder),
            registered =>
            {
                // The host registered the actuators for real Azure; swap them for the same clients on the fake's transport.
                var azureAssembly = typeof(IComputeClient).Assembly;
                foreach (var descriptor in registered.Where(d => d.ServiceType.Assembly == azureAssembly).ToList())
                {
                    registered.Remove(descriptor);
                }

                registered.AddAzureActuators(section, setup =>
                {
                    setup.Credential = new FakeTokenCredential();
                    setup.Transport = azure.CreateTransport();
                });
                services?.Invoke(registered);
            },
            settings);
        return new RunbookTestBed(azure, app);
    }

    /// <summary>Seeds a metric with <paramref name="value"/> every minute from half an hour ago to half an hour ahead.</summary>
    public void SetMetric(string resourceId, string metric, double value)
    {
        var now = DateTimeOffset.UtcNow;
        State.SetMetric(resourceId, metric, "Count", Enumerable.Range(-30, 61).Select(m => new FakeMetricPoint(now.AddMinutes(m), value)));
    }

    /// <summary>Posts the alert and waits for its remediation to end.</summary>
    public async Task<(RemediationSummary Summary, List<AuditRecord> Chain)> RemediateAsync(byte[] alert)
    {
        var id = await App.PostAlertAsync(alert);
        return await EndAsync(id);
    }

    public async Task<(RemediationSummary Summary, List<AuditRecord> Chain)> EndAsync(string id)
    {
        var final = await App.Client.WaitForInstanceCompletionAsync(id, Timeout);
        Assert.True(final.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{id} ended {final.RuntimeStatus}: {final.SerializedOutput}");
        var chain = await App.ChainAsync(id);
        Assert.True((await App.Audit.VerifyAsync(id)).IsIntact);
        return (final.ReadOutputAs<RemediationSummary>()!, chain);
    }

    /// <summary>Waits (bounded) until <paramref name="condition"/> holds, e.g. a capacity the runbook sets.</summary>
    public static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        var giveUp = DateTime.UtcNow + Timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < giveUp, $"timed out waiting for {what}");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Azure.DisposeAsync();
    }
}
