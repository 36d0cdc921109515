using AutoRemediate.Storage.Configuration;
using AutoRemediate.Storage.Tests.Infrastructure;
using Azure.Core.Pipeline;

namespace AutoRemediate.Storage.Tests.Pipeline;

public sealed class AuthenticationPipelineTests
{
    [Fact]
    public async Task Token_credential_token_arrives_as_bearer_authorization_for_the_storage_scope()
    {
        var handler = new CapturingHandler();
        var credential = new FakeTokenCredential("token-123");
        var factory = new StorageClientFactory(
            new StorageAccountOptions { AccountName = "acct" }, credential, null, null, new HttpClientTransport(handler));

        await factory.GetQueueClient("work").CreateIfNotExistsAsync();
        await factory.GetTableClient("Instances").CreateIfNotExistsAsync();

        Assert.All(handler.Requests, r => Assert.Equal("Bearer token-123", r.Headers.Authorization?.ToString()));
        Assert.Equal(new Uri("https://acct.queue.core.windows.net/work"), handler.Requests[0].RequestUri);
        Assert.Equal(new Uri("https://acct.table.core.windows.net/Tables"), handler.Requests[1].RequestUri);
        Assert.Contains("https://storage.azure.com/.default", credential.Scopes);
        Assert.All(handler.Requests, r => Assert.True(r.Headers.Contains("x-ms-date")));
    }

    [Fact]
    public async Task Shared_key_requests_are_signed_with_the_account_name()
    {
        var handler = new CapturingHandler();
        var factory = new StorageClientFactory(
            new StorageAccountOptions { ConnectionString = "AccountName=acct;AccountKey=a2V5a2V5a2V5a2V5" }, null, null, null, new HttpClientTransport(handler));

        await factory.GetQueueClient("work").CreateIfNotExistsAsync();
        await factory.GetTableClient("Instances").CreateIfNotExistsAsync();

        Assert.StartsWith("SharedKey acct:", handler.Requests[0].Headers.Authorization?.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("SharedKey acct:", handler.Requests[1].Headers.Authorization?.ToString(), StringComparison.Ordinal);
    }
}
