using AutoRemediate.DurableTestHost;
using AutoRemediate.DurableTestHost.Ledger;
using AutoRemediate.Server.Engine;
using AutoRemediate.Testing.Azurite;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.IntegrationTests.Support;

/// <summary>
/// A task hub of its own on the shared Azurite, a ledger file, a client in the test process, and any number of
/// worker processes started against them.
/// </summary>
internal sealed class DurableCluster : IAsyncDisposable
{
    private readonly AzuriteFixture _azurite;
    private readonly ServiceProvider _services;
    private readonly string _directory;
    private readonly List<HostProcess> _hosts = [];

    private DurableCluster(AzuriteFixture azurite, string hub)
    {
        _azurite = azurite;
        Hub = hub;
        _directory = Directory.CreateTempSubdirectory("autoremediate-cluster-").FullName;
        LedgerPath = Path.Combine(_directory, "ledger.jsonl");
        var services = new ServiceCollection().AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{DurableEngineOptions.SectionName}:ConnectionString"] = azurite.ConnectionString,
            [$"{DurableEngineOptions.SectionName}:TaskHub"] = hub,
        }).Build());
        services.AddSingleton<DataConverter>(HostJson.Converter());
        services.AddDurableEngine();
        _services = services.BuildServiceProvider();
        Client = _services.GetRequiredService<DurableTaskClient>();
    }

    /// <summary>The test hosts' message visibility, in seconds (<c>AUTOREMEDIATE_TEST_VISIBILITY_SECONDS</c> overrides it to measure recovery).</summary>
    public static string VisibilitySeconds { get; } = Environment.GetEnvironmentVariable("AUTOREMEDIATE_TEST_VISIBILITY_SECONDS") ?? "30";

    public string Hub { get; }

    public string LedgerPath { get; }

    public DurableTaskClient Client { get; }

    public static DurableCluster Create(AzuriteFixture azurite) =>
        new(azurite, "hub" + Guid.NewGuid().ToString("N")[..12]);

    public async Task<HostProcess> StartHostAsync(string workerId, int concurrency, IReadOnlyDictionary<string, string>? extraSettings = null)
    {
        var host = await HostProcess.StartAsync(
            new Dictionary<string, string>(extraSettings ?? new Dictionary<string, string>())
            {
                ["connection"] = _azurite.ConnectionString,
                ["hub"] = Hub,
                ["ledger"] = LedgerPath,
                ["worker"] = workerId,
                ["concurrency"] = concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
                // The product defaults (docs/architecture.md, "Crash recovery"): a 15 s lease and messages hidden for
                // 30 s, so a killed worker's partitions and in-flight messages come back within ~35 s. The activity
                // dispatcher renews a running activity's message, so a re-run the tests count comes from the kill,
                // not from a timeout. Shorter visibility broke down on a loaded machine (see the same section).
                ["lease-seconds"] = "15",
                ["visibility-seconds"] = VisibilitySeconds,
            },
            TimeSpan.FromSeconds(60));
        _hosts.Add(host);
        return host;
    }

    public async Task<IReadOnlyList<string>> ScheduleAsync(int count, string orchestrator, object input)
    {
        var ids = Enumerable.Range(0, count).Select(i => $"{Hub}-{i:D4}").ToList();
        foreach (var chunk in ids.Chunk(20))
        {
            await Task.WhenAll(chunk.Select(id => Client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, new StartOrchestrationOptions(id))));
        }

        return ids;
    }

    public IReadOnlyList<LedgerEntry> ReadLedger() => LedgerFile.Read(LedgerPath);

    public async Task WaitForLedgerAsync(Func<IReadOnlyList<LedgerEntry>, bool> condition, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (!condition(ReadLedger()))
        {
            await Task.Delay(50, deadline.Token);
        }
    }

    /// <summary>Waits until every instance has finished; returns their final states.</summary>
    public async Task<IReadOnlyList<OrchestrationMetadata>> WaitForAllAsync(IReadOnlyList<string> ids, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var finished = new Dictionary<string, OrchestrationMetadata>();
        while (finished.Count < ids.Count)
        {
            foreach (var id in ids.Where(id => !finished.ContainsKey(id)))
            {
                var state = await Client.GetInstanceAsync(id, getInputsAndOutputs: false, deadline.Token);
                if (state is { IsCompleted: true })
                {
                    finished[id] = state;
                }
            }

            if (finished.Count < ids.Count)
            {
                await Task.Delay(250, deadline.Token);
            }
        }

        return [.. finished.Values];
    }

    public async Task<string> DescribeUnfinishedAsync(IReadOnlyList<string> ids)
    {
        var lines = new List<string>();
        foreach (var id in ids)
        {
            var state = await Client.GetInstanceAsync(id);
            if (state is not { IsCompleted: true })
            {
                lines.Add($"{id}: {state?.RuntimeStatus.ToString() ?? "missing"}");
            }
        }

        return string.Join('\n', lines.Take(20));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await _services.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
