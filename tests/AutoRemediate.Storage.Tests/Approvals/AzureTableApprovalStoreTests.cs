using AutoRemediate.Core.Approvals;
using AutoRemediate.Storage.Approvals;
using AutoRemediate.Storage.Stores;
using AutoRemediate.Storage.Tests.Infrastructure;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Storage.Tests.Approvals;

[Collection(AzuriteCollection.Name)]
public sealed class AzureTableApprovalStoreTests(AzuriteFixture azurite) : ApprovalStoreContract
{
    protected override Task<IApprovalStore> NewStoreAsync() =>
        Task.FromResult<IApprovalStore>(new AzureTableApprovalStore(
            StoreTable.Of(StorageTestClients.TableService(azurite), azurite.NewTableName("approvals")), TimeProvider.System));

    [Fact]
    public async Task Request_too_large_to_store_is_refused_with_its_size()
    {
        var store = await NewStoreAsync();
        var huge = ApprovalSamples.Request(ApprovalSamples.RequestId()) with
        {
            Alert = new ApprovalAlertSummary("r", 1, ApprovalSamples.Now, new string('x', 40_000)),
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.CreateAsync(huge, default));

        Assert.Contains("at most 30000", error.Message, StringComparison.Ordinal);
    }
}
