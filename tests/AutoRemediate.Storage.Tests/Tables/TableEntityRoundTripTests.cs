using AutoRemediate.Storage.Tests.Infrastructure;
using AutoRemediate.Storage.Tables;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Storage.Tests.Tables;

[Collection(AzuriteCollection.Name)]
public sealed class TableEntityRoundTripTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Every_supported_type_reads_back_with_its_type_and_value()
    {
        var table = await azurite.NewTableAsync();
        var when = new DateTimeOffset(2024, 2, 29, 23, 59, 58, TimeSpan.FromHours(2)).AddTicks(1234567);
        var id = Guid.NewGuid();
        byte[] bytes = [0, 1, 254, 255];
        await table.AddEntityAsync(StorageTestClients.Entity("p", "r",
            ("Text", "héllo \"json\" <xml>"), ("Flag", true), ("Small", int.MinValue), ("Big", long.MaxValue),
            ("Whole", 2.0), ("Fraction", 1.5), ("When", when), ("Id", id), ("Bytes", bytes)));

        var read = await table.GetEntityAsync("p", "r");

        Assert.NotNull(read);
        Assert.Equal("héllo \"json\" <xml>", read.Properties["Text"]);
        Assert.Equal(true, read.Properties["Flag"]);
        Assert.Equal(int.MinValue, read.Properties["Small"]);
        Assert.Equal(long.MaxValue, read.Properties["Big"]);
        Assert.Equal(2.0, read.Properties["Whole"]);
        Assert.Equal(1.5, read.Properties["Fraction"]);
        Assert.Equal(when.UtcDateTime, ((DateTimeOffset)read.Properties["When"]).UtcDateTime);
        Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)read.Properties["When"]).Offset);
        Assert.Equal(id, read.Properties["Id"]);
        Assert.Equal(bytes, read.Properties["Bytes"]);
        Assert.NotNull(read.ETag);
        Assert.NotNull(read.Timestamp);
    }

    [Fact]
    public async Task Query_results_keep_types_and_carry_each_entity_etag()
    {
        var table = await azurite.NewTableAsync();
        var etag = await table.AddEntityAsync(StorageTestClients.Entity("p", "r", ("Big", 5L), ("When", DateTimeOffset.UnixEpoch)));

        var page = await table.QueryPageAsync(new TableQuery());

        var entity = Assert.Single(page.Entities);
        Assert.Equal(5L, entity.Properties["Big"]);
        Assert.Equal(DateTimeOffset.UnixEpoch, entity.Properties["When"]);
        Assert.Equal(etag, entity.ETag);
    }

    [Theory]
    [InlineData("it's", "a b")]
    [InlineData("100%", "x+y=z")]
    [InlineData("ünï", "(paren)")]
    public async Task Keys_with_quotes_spaces_and_escapable_characters_round_trip(string partitionKey, string rowKey)
    {
        var table = await azurite.NewTableAsync();
        await table.AddEntityAsync(StorageTestClients.Entity(partitionKey, rowKey, ("V", 1)));

        var read = await table.GetEntityAsync(partitionKey, rowKey);
        await table.DeleteEntityAsync(partitionKey, rowKey);

        Assert.Equal((partitionKey, rowKey), (read?.PartitionKey, read?.RowKey));
        Assert.Null(await table.GetEntityAsync(partitionKey, rowKey));
    }

    [Fact]
    public async Task Get_of_missing_entity_returns_null()
    {
        var table = await azurite.NewTableAsync();

        Assert.Null(await table.GetEntityAsync("nobody", "here"));
    }

    [Fact]
    public void Typed_getters_parse_values_that_arrived_as_strings()
    {
        var entity = StorageTestClients.Entity("p", "r",
            ("Big", "9007199254740993"), ("When", "2024-01-02T03:04:05.1234567Z"), ("Id", "0f8fad5b-d9cb-469f-a165-70867728950e"), ("Bytes", "AQI="), ("Small", 7));

        Assert.Equal(9007199254740993L, entity.GetInt64("Big"));
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(1234567), entity.GetDateTimeOffset("When"));
        Assert.Equal(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), entity.GetGuid("Id"));
        Assert.Equal(new byte[] { 1, 2 }, entity.GetBinary("Bytes"));
        Assert.Equal(7L, entity.GetInt64("Small"));
        Assert.Equal(7.0, entity.GetDouble("Small"));
        Assert.Null(entity.GetString("Missing"));
    }

    [Fact]
    public void Unsupported_property_types_and_system_names_are_rejected()
    {
        var entity = new TableEntity("p", "r");

        Assert.Throws<ArgumentException>(() => entity["Decimal"] = 1.5m);
        Assert.Throws<ArgumentException>(() => entity["Timestamp"] = DateTimeOffset.UnixEpoch);
    }
}
