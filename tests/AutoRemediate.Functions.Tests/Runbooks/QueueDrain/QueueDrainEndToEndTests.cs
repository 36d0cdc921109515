using AutoRemediate.Core.Audit;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Storage;
using AutoRemediate.Storage.Configuration;
using AutoRemediate.Storage.Queues;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Runbooks.QueueDrain;

/// <summary>
/// The poison-queue sample alert through the webhook and the remediation orchestration into drain-queue, with the
/// sample's storage account (stordersprod) mapped to Azurite.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class QueueDrainEndToEndTests(AzuriteFixture azurite)
{
    private const string StorageAccount = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-orders-prod/providers/Microsoft.Storage/storageAccounts/stordersprod";

    [Fact]
    public async Task Poison_queue_alert_moves_the_backlog_back_and_completes_with_each_step_audited()
    {
        var raw = new StorageClientFactory(new StorageAccountOptions { ConnectionString = azurite.ConnectionString, QueueMessageEncoding = QueueMessageEncoding.XmlText });
        var (source, destination) = (raw.GetQueueClient("orders-poison"), raw.GetQueueClient("orders"));
        await source.CreateIfNotExistsAsync();
        await destination.CreateIfNotExistsAsync();
        string[] bodies = [Convert.ToBase64String([0xFF, 0x00, 0xC3]), "{\"order\":1}", "eyJvcmRlciI6Mn0="];
        foreach (var body in bodies)
        {
            await source.SendMessageAsync(body);
        }

        await using var bed = await RunbookTestBed.StartAsync(azurite, "drain-queue", new Dictionary<string, string?>
        {
            ["QueueDrain:Accounts:stordersprod:ConnectionString"] = azurite.ConnectionString,
        });
        // Guardrails read the target's tags from ARM before anything runs.
        bed.State.AddResource(StorageAccount, "Microsoft.Storage/storageAccounts");
        var (summary, chain) = await bed.RemediateAsync(WebhookApp.Sample("azure-monitor-log-queue-poison-fired.json"));

        Assert.Equal(RemediationStage.Completed, summary.Outcome);
        var moved = await destination.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5));
        Assert.Equal(bodies.Order(StringComparer.Ordinal), moved.Select(m => m.Text).Order(StringComparer.Ordinal));
        Assert.Equal(0, await source.GetApproximateMessageCountAsync());
        var steps = chain.SkipWhile(r => r.Kind != AuditRecordKind.ActionStarted).Select(r => r.Kind).ToList();
        Assert.Equal([AuditRecordKind.ActionStarted, AuditRecordKind.ActionSucceeded, AuditRecordKind.Verification, AuditRecordKind.Outcome], steps);
        var batch = chain.First(r => r.Kind == AuditRecordKind.ActionSucceeded);
        Assert.Equal("3", batch.Details["moved"]);
        Assert.Contains("orders-poison", batch.TargetResourceId, StringComparison.Ordinal);
        Assert.NotNull(batch.Duration);
        var verdict = chain.Single(r => r.Kind == AuditRecordKind.Verification);
        Assert.Equal("passed", verdict.Details["verdict"]);
        Assert.Contains("orders-poison: about 3 → 0", verdict.Summary, StringComparison.Ordinal);
    }
}
