using AutoRemediate.Durable.InMemory;
using AutoRemediate.Durable.Tests.Support;
using Xunit.Abstractions;

namespace AutoRemediate.Durable.Tests.Contract;

/// <summary>The engine contract against the in-memory store and queue.</summary>
public sealed class InMemoryEngineContractTests(ITestOutputHelper output) : EngineContractTests(output)
{
    protected override Task<EngineStores> CreateStoresAsync() =>
        Task.FromResult(new EngineStores(new InMemoryInstanceStore(), new InMemoryWorkQueue(TimeProvider.System)));
}
