using System.Globalization;
using AutoRemediate.Storage.Tests.Infrastructure;
using AutoRemediate.Storage.Tables;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Storage.Tests.Tables;

[Collection(AzuriteCollection.Name)]
public sealed class TableQueryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Select_returns_only_named_properties_and_top_limits_the_page()
    {
        var table = await azurite.NewTableAsync();
        for (var i = 0; i < 5; i++)
        {
            await table.AddEntityAsync(StorageTestClients.Entity("p", $"r{i}", ("A", i), ("B", "b")));
        }

        var page = await table.QueryPageAsync(new TableQuery(Select: ["A"], Top: 2));

        Assert.Equal(2, page.Entities.Count);
        Assert.All(page.Entities, e => Assert.Equal(["A"], e.Properties.Keys));
        Assert.NotNull(page.ContinuationToken);
    }

    [Fact]
    public async Task Filter_built_from_hostile_input_matches_only_the_literal_value()
    {
        var table = await azurite.NewTableAsync();
        await table.AddEntityAsync(StorageTestClients.Entity("safe", "r"));
        await table.AddEntityAsync(StorageTestClients.Entity("x' or PartitionKey ne '", "r"));
        const string hostile = "x' or PartitionKey ne '";

        var matches = await table.QueryAsync(new TableQuery(TableFilter.Create($"PartitionKey eq {hostile}"))).ToListAsync();

        Assert.Equal(hostile, Assert.Single(matches).PartitionKey);
    }

    [Fact]
    public async Task Filter_on_typed_values_compares_by_type()
    {
        var table = await azurite.NewTableAsync();
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 4; i++)
        {
            await table.AddEntityAsync(StorageTestClients.Entity("p", $"r{i}", ("At", start.AddDays(i)), ("N", (long)i)));
        }

        var recent = await table.QueryAsync(new TableQuery(TableFilter.Create($"At ge {start.AddDays(2)} and N lt {3L}"))).ToListAsync();

        Assert.Equal("r2", Assert.Single(recent).RowKey);
    }

    [Fact]
    public async Task Continuation_pages_over_2500_entities_return_each_exactly_once_and_the_stream_keeps_their_order()
    {
        var table = await SeedAsync(2500);

        var pages = 0;
        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await table.QueryPageAsync(new TableQuery(Select: ["RowKey"]), token);
            seen.AddRange(page.Entities.Select(e => e.RowKey));
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null);
        var streamed = await table.QueryAsync(new TableQuery(Select: ["RowKey"])).Select(e => e.RowKey).ToListAsync();

        Assert.True(pages >= 3, $"expected several pages, got {pages}");
        Assert.Equal(2500, seen.Count);
        Assert.Equal(2500, seen.Distinct().Count());
        Assert.Equal(seen, streamed);
    }

    [Fact]
    public async Task Stream_stopped_after_its_first_row_drops_the_page_read_ahead_without_an_error()
    {
        var table = await SeedAsync(2500);

        var first = await table.QueryAsync(new TableQuery(Select: ["RowKey"])).FirstAsync();
        var again = await table.QueryAsync(new TableQuery(Select: ["RowKey"])).Take(1500).CountAsync();

        Assert.Equal(("00000", 1500), (first.RowKey, again));
        Assert.True(await table.DeleteAsync());
    }

    [Fact]
    public async Task Create_table_is_idempotent_and_delete_reports_whether_it_existed()
    {
        var table = StorageTestClients.Factory(azurite).GetTableClient(azurite.NewTableName());

        var first = await table.CreateIfNotExistsAsync();
        var second = await table.CreateIfNotExistsAsync();
        var deleted = await table.DeleteAsync();
        var deletedAgain = await table.DeleteAsync();

        Assert.Equal((true, false, true, false), (first, second, deleted, deletedAgain));
    }

    /// <summary>A new table of <paramref name="count"/> rows keyed 00000…, spread over three partitions.</summary>
    private async Task<TableClient> SeedAsync(int count)
    {
        var table = await azurite.NewTableAsync();
        foreach (var batch in Enumerable.Range(0, count).Chunk(100))
        {
            var actions = batch
                .Select(i => new TableTransactionAction(TableTransactionActionType.Add, StorageTestClients.Entity($"p{i / 100 % 3}", i.ToString("D5", CultureInfo.InvariantCulture))))
                .GroupBy(a => a.Entity.PartitionKey);
            foreach (var group in actions)
            {
                await table.SubmitTransactionAsync(group.ToList());
            }
        }

        return table;
    }
}
