using System.Text;
using System.Text.Json;
using AutoRemediate.Core.Alerts;
using AutoRemediate.DurableTestHost.Runbooks;
using AutoRemediate.Runbooks;
using AutoRemediate.Runbooks.QueueDrain;
using AutoRemediate.Storage;
using AutoRemediate.Storage.Configuration;
using AutoRemediate.Storage.Queues;
using AutoRemediate.Testing;
using AutoRemediate.Testing.Azurite;
using Azure.Data.Tables;

namespace AutoRemediate.IntegrationTests.Runbooks;

/// <summary>
/// A poison queue on Azurite seeded with awkward bodies, the settings a test host needs to drain it, and readers that see
/// the queues, ledger and archive exactly as stored (message text raw, never decoded).
/// </summary>
internal sealed class PoisonQueueScenario
{
    public const string AccountId = "/subscriptions/11111111-2222-3333-4444-555555555555/resourcegroups/rg-orders-prod/providers/microsoft.storage/storageaccounts/" + AzuriteFixture.AccountName;

    private readonly AzuriteFixture _azurite;
    private readonly StorageClientFactory _raw;
    private readonly TableServiceClient _tables;

    public PoisonQueueScenario(AzuriteFixture azurite, string directory)
    {
        _azurite = azurite;
        _raw = new StorageClientFactory(new StorageAccountOptions { ConnectionString = azurite.ConnectionString, QueueMessageEncoding = QueueMessageEncoding.XmlText });
        _tables = StorageServiceClients.CreateTableService(new StorageAccountOptions { ConnectionString = azurite.ConnectionString });
        Destination = azurite.NewQueueName("orders");
        Source = Destination + QueueDrainParameters.PoisonSuffix;
        ArchiveTable = azurite.NewTableName("archive");
        JournalPath = Path.Combine(directory, "journal.jsonl");
    }

    public string Source { get; }

    public string Destination { get; }

    public string ArchiveTable { get; }

    public string JournalPath { get; }

    public string LedgerPartition => $"{AzuriteFixture.AccountName}:{Source}";

    public IReadOnlyDictionary<string, string> HostSettings(int? crashAfterBatch = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["journal"] = JournalPath,
            [$"QueueDrain:Accounts:{AzuriteFixture.AccountName}:ConnectionString"] = _azurite.ConnectionString,
            ["QueueDrain:VisibilityTimeout"] = "00:00:04",
            ["QueueDrain:BatchSize"] = "100",
        };
        if (crashAfterBatch is { } batch)
        {
            settings["crash-after-batch"] = batch.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return settings;
    }

    /// <summary>
    /// Bodies as producers really write them: base64 of binary that is not UTF-8, base64 of UTF-8 text (the Functions
    /// default), XML-special and non-ASCII text, and text that only looks like base64. All distinct.
    /// </summary>
    public static IReadOnlyList<string> Bodies(int count)
    {
        var random = new Random(20261122);
        return [.. Enumerable.Range(0, count).Select(i => (i % 4) switch
        {
            0 => Convert.ToBase64String([0xFF, 0xC3, 0x28, .. BitConverter.GetBytes(i), .. RandomBytes(random)]),
            1 => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{{\"order\":{i},\"reason\":\"timeout\"}}")),
            2 => $"<order id=\"{i}\">A & B \"quoted\" 'single' ünïcødé ✓ 🚀\ttab</order>",
            _ => $"eyJvcmRlciI6{i:D6}==",
        })];
    }

    public async Task SeedAsync(IReadOnlyList<string> bodies)
    {
        var source = _raw.GetQueueClient(Source);
        await source.CreateIfNotExistsAsync();
        await _raw.GetQueueClient(Destination).CreateIfNotExistsAsync();
        foreach (var chunk in bodies.Chunk(50))
        {
            await Task.WhenAll(chunk.Select(body => source.SendMessageAsync(body)));
        }
    }

    public RunbookInput Input(string remediationId, bool dryRun = false, IReadOnlyDictionary<string, string>? parameters = null) => new(
        remediationId,
        "orders-poison-drain",
        DrainQueueRunbook.RunbookName,
        parameters ?? new Dictionary<string, string> { ["mode"] = "move", ["maxMessages"] = "5000", ["messagesPerSecond"] = "0", ["archiveTable"] = ArchiveTable },
        [AccountId],
        dryRun,
        null,
        SampleAlert() with { Labels = new Dictionary<string, string> { ["QueueName"] = Source } });

    /// <summary>Every message on the queue, received and kept hidden so none is read twice.</summary>
    public async Task<IReadOnlyList<string>> ReadAllAsync(string queueName)
    {
        var queue = _raw.GetQueueClient(queueName);
        var texts = new List<string>();
        for (var empty = 0; empty < 2;)
        {
            var messages = await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(10));
            empty = messages.Count == 0 ? empty + 1 : 0;
            texts.AddRange(messages.Select(m => m.Text));
        }

        return texts;
    }

    public Task<int> CountAsync(string queueName) => _raw.GetQueueClient(queueName).GetApproximateMessageCountAsync();

    public async Task<IReadOnlyList<TableEntity>> LedgerAsync()
    {
        var table = _tables.GetTableClient(QueueDrainOptions.DefaultLedgerTable);
        await table.CreateIfNotExistsAsync();
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {LedgerPartition}")))
        {
            rows.Add(row);
        }

        return rows;
    }

    public async Task<IReadOnlyList<TableEntity>> ArchiveAsync()
    {
        var rows = new List<TableEntity>();
        await foreach (var row in _tables.GetTableClient(ArchiveTable).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {LedgerPartition}")))
        {
            rows.Add(row);
        }

        return rows;
    }

    public IReadOnlyList<JournalLine> Journal() =>
        File.Exists(JournalPath) ? [.. File.ReadAllLines(JournalPath).Select(line => JsonSerializer.Deserialize<JournalLine>(line)!)] : [];

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(16, 300)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static Alert SampleAlert()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "tests", "AutoRemediate.Core.Tests", "Samples", "alerts", "azure-monitor-log-queue-poison-fired.json");
        return ((AlertsAccepted)new AlertNormalizer().Normalize(File.ReadAllBytes(path))).Alerts[0];
    }
}
