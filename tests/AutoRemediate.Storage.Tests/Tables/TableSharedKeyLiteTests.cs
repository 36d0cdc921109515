using AutoRemediate.Storage.Authentication;
using AutoRemediate.Storage.Configuration;
using AutoRemediate.Storage.Tests.Infrastructure;
using AutoRemediate.Storage.Tables;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Storage.Tests.Tables;

[Collection(AzuriteCollection.Name)]
public sealed class TableSharedKeyLiteTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SharedKeyLite_signed_requests_are_accepted_for_every_kind_of_call()
    {
        var table = await azurite.NewTableAsync(TableAuthenticationScheme.SharedKeyLite);

        var etag = await table.AddEntityAsync(StorageTestClients.Entity("p", "r", ("V", 1)));
        await table.UpdateEntityAsync(StorageTestClients.Entity("p", "r", ("V", 2)), etag, TableUpdateMode.Merge);
        await table.SubmitTransactionAsync([new(TableTransactionActionType.Add, StorageTestClients.Entity("p", "r2"))]);
        var rows = await table.QueryAsync(new TableQuery(TableFilter.Create($"PartitionKey eq {"p"}"))).ToListAsync();

        Assert.Equal(2, rows.Count);
        Assert.Equal(2, rows.Single(r => r.RowKey == "r").GetInt32("V"));
        Assert.True(await table.DeleteAsync());
    }

    [Fact]
    public void Path_style_endpoints_put_the_account_in_the_canonicalized_resource_twice()
    {
        var resource = TableSharedKeyPolicy.CanonicalizedResource("devstoreaccount1", new Uri("http://127.0.0.1:10002/devstoreaccount1/Tables?comp=acl&x=1"));

        Assert.Equal("/devstoreaccount1/devstoreaccount1/Tables?comp=acl", resource);
    }

    [Fact]
    public void Queue_canonicalized_resource_lists_every_query_parameter_sorted_and_decoded()
    {
        var resource = QueueSharedKeyPolicy.CanonicalizedResource("acct", new Uri("https://acct.queue.core.windows.net/q/messages?popreceipt=a%2Bb&VisibilityTimeout=5"));

        Assert.Equal("/acct/q/messages\npopreceipt:a+b\nvisibilitytimeout:5", resource);
    }
}
