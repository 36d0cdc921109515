using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Audit;
using AutoRemediate.Runbooks;
using AutoRemediate.Runbooks.QueueDrain;
using AutoRemediate.Storage;
using AutoRemediate.Storage.Configuration;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using AutoRemediate.Testing;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Runbooks.QueueDrain;

/// <summary>drain-queue on the real engine against Azurite, started from the poison-queue log alert sample.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class QueueDrainRunbookTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string AccountId = "/subscriptions/11111111-2222-3333-4444-555555555555/resourcegroups/rg-orders-prod/providers/microsoft.storage/storageaccounts/" + AzuriteFixture.AccountName;
    private readonly QueueServiceClient _queues = StorageServiceClients.CreateQueueService(new StorageAccountOptions { ConnectionString = azurite.ConnectionString }, encoding: QueueMessageEncoding.None);
    private readonly TableServiceClient _tables = StorageServiceClients.CreateTableService(new StorageAccountOptions { ConnectionString = azurite.ConnectionString });
    private readonly string _destination = azurite.NewQueueName("orders");
    private readonly string _archive = azurite.NewTableName("archive");
    private RunbookEngineHost _bed = null!;

    private string Source => _destination + QueueDrainParameters.PoisonSuffix;

    public async Task InitializeAsync() => _bed = await RunbookEngineHost.StartAsync(azurite, settings: new Dictionary<string, string?>
    {
        [$"QueueDrain:Accounts:{AzuriteFixture.AccountName}:ConnectionString"] = azurite.ConnectionString,
        ["QueueDrain:VisibilityTimeout"] = "00:00:02",
    });

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task Dry_run_counts_and_describes_the_backlog_and_moves_nothing()
    {
        await SeedAsync("a", "b", "c");

        var result = await _bed.RunAsync(Input("dry", dryRun: true));

        Assert.Equal(RunbookOutcome.Succeeded, result.Outcome);
        Assert.Contains("would move 3", result.Summary, StringComparison.Ordinal);
        Assert.Equal(3, await CountAsync(Source));
        Assert.Equal(0, await CountAsync(_destination));
        var step = Assert.Single(_bed.Steps, s => s.Step == "drain-dry-run");
        Assert.Equal(3, step.Details!["samples"].Split('\n').Length);
        Assert.Contains($"/{_destination}/messages (the message text exactly as received)", step.Details["requests"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Archive_mode_keeps_each_body_exactly_in_the_table_and_empties_the_queue()
    {
        string[] bodies = [Convert.ToBase64String([0xFF, 0xFE, 0x00, 0x80]), "<x a=\"1\">&amp; ✓</x>", "bm90IGRlY29kZWQ="];
        await SeedAsync(bodies);

        var result = await _bed.RunAsync(Input("archive", parameters: new() { ["mode"] = "archive", ["archiveTable"] = _archive }));

        Assert.Equal(RunbookOutcome.Succeeded, result.Outcome);
        Assert.Equal(0, await CountAsync(Source));
        var rows = await RowsAsync(_archive);
        Assert.Equal(bodies.Order(StringComparer.Ordinal), rows.Select(QueueDrainArchive.Body).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal("Archived", r.GetString(QueueDrainArchive.ReasonColumn)));
    }

    [Fact]
    public async Task A_message_found_mid_move_is_set_aside_in_doubt_and_never_put_again()
    {
        await SeedAsync("one", "two", "three");
        var stuck = (await _queues.GetQueueClient(Source).PeekMessagesAsync(1)).Value[0];
        var ledger = _tables.GetTableClient(QueueDrainOptions.DefaultLedgerTable);
        await ledger.CreateIfNotExistsAsync();
        await new QueueDrainLedger(ledger, $"{AzuriteFixture.AccountName}:{Source}").TryRecordIntentAsync(stuck.MessageId, "crashed-run", "x", DateTimeOffset.UtcNow, default);

        var result = await _bed.RunAsync(Input("doubt", parameters: new() { ["archiveTable"] = _archive }));

        Assert.Equal(RunbookOutcome.Escalated, result.Outcome);
        Assert.Contains(stuck.MessageId, result.Summary, StringComparison.Ordinal);
        var moved = await ReadAllAsync(_destination);
        Assert.Equal(["three", "two"], moved.Order(StringComparer.Ordinal));
        var set = Assert.Single(await RowsAsync(_archive));
        Assert.Equal(("InDoubt", stuck.MessageText), (set.GetString(QueueDrainArchive.ReasonColumn), QueueDrainArchive.Body(set)));
        Assert.Contains(_bed.Steps, s => s.Kind == AuditRecordKind.ActionFailed && s.Details!["messageIds"] == stuck.MessageId);
    }

    [Fact]
    public async Task Drain_stops_at_the_per_run_limit_and_reports_what_is_left()
    {
        await SeedAsync([.. Enumerable.Range(0, 10).Select(i => $"m{i}")]);

        var result = await _bed.RunAsync(Input("limit", parameters: new() { ["maxMessages"] = "4", ["messagesPerSecond"] = "20" }));

        Assert.Equal(RunbookOutcome.Succeeded, result.Outcome);
        Assert.Contains("limit of 4", result.Summary, StringComparison.Ordinal);
        Assert.Equal(4, (await ReadAllAsync(_destination)).Count);
        Assert.Equal(6, await CountAsync(Source));
    }

    [Fact]
    public async Task A_missing_destination_queue_escalates_without_touching_the_source()
    {
        await _queues.GetQueueClient(Source).CreateIfNotExistsAsync();
        await _queues.GetQueueClient(Source).SendMessageAsync("kept");

        var result = await _bed.RunAsync(Input("missing"));

        Assert.Equal(RunbookOutcome.Escalated, result.Outcome);
        Assert.Contains(_destination, result.Summary, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(Source));
    }

    [Theory]
    [InlineData("mode", "shuffle", "mode must be move or archive")]
    [InlineData("maxMessages", "0", "out of range")]
    [InlineData("destinationQueue", "orders-poison", "cannot tell where to move")]
    public void Bad_parameters_are_named_before_anything_is_touched(string name, string value, string expected)
    {
        var (plan, problem) = QueueDrainParameters.Read(Input("p", queue: "orders-poison", parameters: new() { [name] = value }));

        Assert.Null(plan);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    private RunbookInput Input(string id, bool dryRun = false, Dictionary<string, string>? parameters = null, string? queue = null)
    {
        var path = Path.Combine(RepositoryRoot.Find(), "tests", "AutoRemediate.Core.Tests", "Samples", "alerts", "azure-monitor-log-queue-poison-fired.json");
        var alert = ((AlertsAccepted)new AlertNormalizer().Normalize(File.ReadAllBytes(path))).Alerts[0];
        return new RunbookInput(
            $"{id}-{Guid.NewGuid():N}", "orders-poison-drain", DrainQueueRunbook.RunbookName, parameters ?? [], [AccountId], dryRun, null,
            alert with { Labels = new Dictionary<string, string>(alert.Labels) { ["QueueName"] = queue ?? Source } });
    }

    private async Task SeedAsync(params string[] bodies)
    {
        await _queues.GetQueueClient(Source).CreateIfNotExistsAsync();
        await _queues.GetQueueClient(_destination).CreateIfNotExistsAsync();
        foreach (var body in bodies)
        {
            await _queues.GetQueueClient(Source).SendMessageAsync(body);
        }
    }

    private async Task<List<string>> ReadAllAsync(string queue)
    {
        var texts = new List<string>();
        QueueMessage[] batch;
        while ((batch = (await _queues.GetQueueClient(queue).ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value).Length > 0)
        {
            texts.AddRange(batch.Select(m => m.MessageText));
        }

        return texts;
    }

    private async Task<int> CountAsync(string queue) =>
        (await _queues.GetQueueClient(queue).GetPropertiesAsync()).Value.ApproximateMessagesCount;

    private async Task<List<TableEntity>> RowsAsync(string table)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in _tables.GetTableClient(table).QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        return rows;
    }
}
