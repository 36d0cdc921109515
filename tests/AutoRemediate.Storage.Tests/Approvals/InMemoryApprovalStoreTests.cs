using AutoRemediate.Core.Approvals;

namespace AutoRemediate.Storage.Tests.Approvals;

public sealed class InMemoryApprovalStoreTests : ApprovalStoreContract
{
    protected override Task<IApprovalStore> NewStoreAsync() => Task.FromResult<IApprovalStore>(new InMemoryApprovalStore());
}
