using AutoRemediate.Storage.Configuration;
using AutoRemediate.Storage.Errors;
using AutoRemediate.Storage.Pipeline;
using AutoRemediate.Storage.Tests.Infrastructure;

namespace AutoRemediate.Storage.Tests.Pipeline;

public sealed class RetryPipelineTests
{
    [Fact]
    public async Task Transient_503_is_retried_and_the_call_succeeds()
    {
        using var server = new ScriptedHttpServer(503, 201);
        var counter = new StorageRequestCounter();
        var factory = Factory(server, counter, maxRetries: 3);

        var created = await factory.GetQueueClient("work").CreateIfNotExistsAsync();

        Assert.True(created);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(2, counter.Count("Queue.Create"));
        Assert.All(server.Requests, r => Assert.StartsWith("SharedKey devstoreaccount1:", r.Authorization, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Persistent_503_surfaces_as_throttled_after_the_configured_retries()
    {
        using var server = new ScriptedHttpServer(503);
        var factory = Factory(server, new StorageRequestCounter(), maxRetries: 2);

        var error = await Assert.ThrowsAsync<StorageThrottledException>(() => factory.GetTableClient("Instances").CreateIfNotExistsAsync());

        Assert.Equal(503, error.Status);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Client_errors_are_not_retried()
    {
        using var server = new ScriptedHttpServer(400);
        var factory = Factory(server, new StorageRequestCounter(), maxRetries: 3);

        var error = await Assert.ThrowsAsync<StorageRequestException>(() => factory.GetQueueClient("work").CreateIfNotExistsAsync());

        Assert.Equal(400, error.Status);
        Assert.Single(server.Requests);
    }

    private static StorageClientFactory Factory(ScriptedHttpServer server, StorageRequestCounter counter, int maxRetries) =>
        new(new StorageAccountOptions
        {
            ConnectionString = server.ConnectionString,
            MaxRetries = maxRetries,
            RetryDelay = TimeSpan.FromMilliseconds(5),
            MaxRetryDelay = TimeSpan.FromMilliseconds(20),
        }, requestCounter: counter);
}
