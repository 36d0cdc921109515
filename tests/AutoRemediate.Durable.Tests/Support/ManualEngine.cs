using AutoRemediate.Testing.Time;
using AutoRemediate.Durable.Client;
using AutoRemediate.Durable.InMemory;
using AutoRemediate.Durable.Tests.Support.Tasks;
using AutoRemediate.Durable.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Durable.Tests.Support;

/// <summary>The engine wired in memory on a manual clock with no hosted services: the test drives every message.</summary>
internal sealed class ManualEngine : IAsyncDisposable
{
    private readonly ServiceProvider services;

    public ManualEngine(Action<DurableEngineOptions>? options = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(Clock);
        collection.AddSingleton(Probe);
        TestTasks.RegisterAll(collection.AddDurableEngine(options).UseInMemoryStore());
        services = collection.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new();

    public TestProbe Probe { get; } = new();

    public DurableTaskClient Client => services.GetRequiredService<DurableTaskClient>();

    public WorkItemProcessor Processor => services.GetRequiredService<WorkItemProcessor>();

    public InMemoryWorkQueue Queue => services.GetRequiredService<InMemoryWorkQueue>();

    public InMemoryInstanceStore Store => services.GetRequiredService<InMemoryInstanceStore>();

    internal LeaseSweeper Sweeper => services.GetRequiredService<LeaseSweeper>();

    /// <summary>Receives, processes and deletes visible messages one at a time, as an invocation-mode host does.</summary>
    public async Task<int> PumpAsync(int max = 100)
    {
        var processed = 0;
        while (processed < max && (await Queue.ReceiveAsync(1, TimeSpan.FromMinutes(5), default)) is [var message])
        {
            await Processor.ProcessAsync(message.Body, default);
            await Queue.DeleteAsync(message, default);
            processed++;
        }

        return processed;
    }

    public async Task<List<string>> ReceiveBodiesAsync()
    {
        var messages = await Queue.ReceiveAsync(32, TimeSpan.FromMinutes(5), default);
        foreach (var message in messages)
        {
            await Queue.DeleteAsync(message, default);
        }

        return [.. messages.Select(m => m.Body)];
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        Probe.Dispose();
    }
}
