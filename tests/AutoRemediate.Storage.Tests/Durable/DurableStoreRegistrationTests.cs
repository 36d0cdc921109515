using AutoRemediate.Durable.Store;
using AutoRemediate.Storage.Durable;
using AutoRemediate.Testing.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Storage.Tests.Durable;

[Collection(AzuriteCollection.Name)]
public sealed class DurableStoreRegistrationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Registered_stores_create_their_table_and_queue_on_first_use()
    {
        var hub = "reg" + Guid.NewGuid().ToString("N")[..12];
        using var provider = new ServiceCollection()
            .AddAzureStorageClients(options => options.ConnectionString = azurite.ConnectionString)
            .AddAzureStorageDurableStores(hub)
            .BuildServiceProvider();

        var store = provider.GetRequiredService<IInstanceStore>();
        var queue = provider.GetRequiredService<IWorkQueue>();
        var (_, created) = await store.CreateIfNotExistsAsync(DurableTestStores.State("i1"), CancellationToken.None);
        await queue.EnqueueAsync("hello", TimeSpan.Zero, CancellationToken.None);

        Assert.True(created);
        Assert.Equal("hello", Assert.Single(await queue.ReceiveAsync(1, TimeSpan.FromSeconds(30), CancellationToken.None)).Body);
        Assert.Same(store, provider.GetRequiredService<IInstanceStore>());
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("has-dash")]
    [InlineData("1hub")]
    public void Invalid_task_hub_names_are_rejected_at_registration(string hub)
    {
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddAzureStorageDurableStores(hub));

        Assert.Contains($"'{hub}'", error.Message, StringComparison.Ordinal);
    }
}
