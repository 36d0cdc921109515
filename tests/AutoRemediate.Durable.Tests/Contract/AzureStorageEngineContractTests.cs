using Xunit;
using AutoRemediate.Durable.Tests.Support;
using AutoRemediate.Storage;
using AutoRemediate.Storage.Durable;
using AutoRemediate.Testing.Azurite;
using Xunit.Abstractions;

namespace AutoRemediate.Durable.Tests.Contract;

/// <summary>The same engine contract against Azure Tables and Queues, on a real Azurite; each test gets its own task hub.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureStorageEngineContractTests(AzuriteFixture azurite, ITestOutputHelper output) : EngineContractTests(output)
{
    protected override Task<EngineStores> CreateStoresAsync()
    {
        var factory = StorageClientFactory.FromConnectionString(azurite.ConnectionString);
        var hub = "contract" + Guid.NewGuid().ToString("N")[..12];
        return Task.FromResult(new EngineStores(
            AzureDurableStores.CreateInstanceStore(factory, hub),
            AzureDurableStores.CreateWorkQueue(factory, hub)));
    }
}
