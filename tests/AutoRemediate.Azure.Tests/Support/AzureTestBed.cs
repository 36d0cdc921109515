using AutoRemediate.Azure.AppService;
using AutoRemediate.Azure.Compute;
using AutoRemediate.Azure.ContainerApps;
using AutoRemediate.Azure.DryRun;
using AutoRemediate.Azure.KeyVault;
using AutoRemediate.Azure.Monitoring;
using AutoRemediate.Azure.Resources;
using AutoRemediate.AzureFakes;
using AutoRemediate.AzureFakes.Faults;
using AutoRemediate.AzureFakes.Server;
using AutoRemediate.AzureFakes.State;
using AutoRemediate.AzureFakes.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Azure.Tests.Support;

/// <summary>The real clients, registered through DI, pointed at a fresh fake Azure; one clock drives both.</summary>
internal sealed class AzureTestBed : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private AzureTestBed(FakeAzureServer server, AutoAdvancingClock clock, FakeTokenCredential credential, LogCapture log, ServiceProvider services)
    {
        Log = log;
        Server = server;
        Clock = clock;
        Credential = credential;
        _services = services;
    }

    public FakeAzureServer Server { get; }

    public AutoAdvancingClock Clock { get; }

    public FakeTokenCredential Credential { get; }

    /// <summary>What the clients logged.</summary>
    public LogCapture Log { get; }

    public FakeAzureState State => Server.State;

    public FakeFaults Faults => Server.Faults;

    public IAzureResourceClient Resources => Get<IAzureResourceClient>();

    public IAppServiceClient AppService => Get<IAppServiceClient>();

    public IComputeClient Compute => Get<IComputeClient>();

    public IContainerAppsClient ContainerApps => Get<IContainerAppsClient>();

    public IKeyVaultCertificateClient Certificates => Get<IKeyVaultCertificateClient>();

    public IMetricsQueryClient Metrics => Get<IMetricsQueryClient>();

    public ILogAnalyticsQueryClient Logs => Get<ILogAnalyticsQueryClient>();

    public IAzureDryRun DryRun => Get<IAzureDryRun>();

    /// <summary>The vault URL of the fake (its root).</summary>
    public Uri Vault => Server.BaseUri;

    /// <summary>Starts a server and the clients; <paramref name="settings"/> overrides option values (keys without the section).</summary>
    public static async Task<AzureTestBed> StartAsync(params (string Key, string Value)[] settings)
    {
        var clock = new AutoAdvancingClock();
        var server = await FakeAzureServer.StartAsync(clock);
        var credential = new FakeTokenCredential();
        var values = new Dictionary<string, string?>(server.Settings())
        {
            ["Azure:OperationPollInterval"] = "00:00:05",
            ["Azure:OperationTimeout"] = "00:10:00",
            ["Azure:MaxRetries"] = "3",
        };
        foreach (var (key, value) in settings)
        {
            values["Azure:" + key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var log = new LogCapture();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(log).SetMinimumLevel(LogLevel.Trace))
            .AddSingleton<TimeProvider>(clock)
            .AddAzureActuators(configuration.GetSection("Azure"), setup =>
            {
                setup.Credential = credential;
                setup.Transport = server.CreateTransport();
            })
            .BuildServiceProvider(validateScopes: true);
        return new AzureTestBed(server, clock, credential, log, services);
    }

    /// <summary>Requests the server received that change something (not GET).</summary>
    public IReadOnlyList<RecordedRequest> Changes() => [.. Server.Requests.Where(r => r.Method != "GET")];

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
