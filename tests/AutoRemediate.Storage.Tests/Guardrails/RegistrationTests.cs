using AutoRemediate.Core.Audit;
using AutoRemediate.Core.Guardrails;
using AutoRemediate.Storage.Audit;
using AutoRemediate.Storage.Guardrails;
using AutoRemediate.Testing.Azurite;
using Microsoft.Extensions.DependencyInjection;
using static AutoRemediate.Storage.Tests.Guardrails.GuardrailTestState;

namespace AutoRemediate.Storage.Tests.Guardrails;

[Collection(AzuriteCollection.Name)]
public sealed class RegistrationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Audit_log_and_guardrail_state_resolve_from_the_registered_storage_account()
    {
        var (auditTable, guardTable) = (azurite.NewTableName("audit"), azurite.NewTableName("guard"));
        using var provider = new ServiceCollection()
            .AddAzureStorageClients(o => o.ConnectionString = azurite.ConnectionString)
            .AddAzureAuditLog(o => (o.TableName, o.IndexTableName) = (auditTable, auditTable + "idx"))
            .AddAzureGuardrailState(o => o.TableName = guardTable)
            .BuildServiceProvider();

        var record = await provider.GetRequiredService<IAuditLog>().AppendAsync(Audit.AuditTestLog.Entry("am-1", "step-1"));
        var store = provider.GetRequiredService<IGuardrailStateStore>();
        await store.SetKillSwitchAsync(true, Operator());

        Assert.Equal(1, record.Sequence);
        Assert.True((await store.LoadAsync(Query(), Now)).KillSwitch.Engaged);
        Assert.Same(store, provider.GetRequiredService<IGuardrailStateStore>());
    }
}
