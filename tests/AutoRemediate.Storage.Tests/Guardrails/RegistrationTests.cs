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
            .AddAzureAuditLog(o => (o.TableName, o.IndexTableName, o.AnchorTableName) = (auditTable, auditTable + "idx", auditTable + "anc"))
            .Configure<AuditKeyOptions>(o => (o.ActiveKeyId, o.Keys["k1"]) = ("k1", Convert.ToBase64String(new byte[32])))
            .AddAzureGuardrailState(o => o.TableName = guardTable)
            .BuildServiceProvider();

        var record = await provider.GetRequiredService<IAuditLog>().AppendAsync(Audit.AuditTestLog.Entry("am-1", "step-1"));
        var store = provider.GetRequiredService<IGuardrailStateStore>();
        await store.SetKillSwitchAsync(true, Operator());

        Assert.Equal(1, record.Sequence);
        Assert.True((await store.LoadAsync(Query(), Now)).KillSwitch.Engaged);
        Assert.Same(store, provider.GetRequiredService<IGuardrailStateStore>());
    }

    [Theory]
    [InlineData(null, null, "Audit:Keys must hold at least one key")]
    [InlineData("k2", "AAAA", "Audit:Keys:k2 must be base64 of at least 32 bytes")]
    [InlineData("k1", "not base64!", "Audit:Keys:k1 must be base64 of at least 32 bytes")]
    [InlineData("k0", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "Audit:ActiveKeyId must name one of the keys under Audit:Keys")]
    public void Audit_log_refuses_missing_short_or_malformed_keys_naming_the_setting(string? keyId, string? key, string expected)
    {
        using var provider = new ServiceCollection()
            .AddAzureStorageClients(o => o.ConnectionString = azurite.ConnectionString)
            .AddAzureAuditLog()
            .Configure<AuditKeyOptions>(o =>
            {
                o.ActiveKeyId = "k1";
                if (keyId is not null)
                {
                    o.Keys[keyId] = key!;
                }
            })
            .BuildServiceProvider();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredService<IAuditLog>());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
