using AutoRemediate.Storage.Pipeline;
using AutoRemediate.Testing.Azurite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using AutoRemediate.Storage.Configuration;

namespace AutoRemediate.Storage.Tests.Configuration;

[Collection(AzuriteCollection.Name)]
public sealed class StorageRegistrationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Registered_factory_from_configuration_reaches_the_account_and_counts_requests()
    {
        using var provider = Provider(("Storage:ConnectionString", azurite.ConnectionString), ("Storage:MaxRetries", "2"));

        var factory = provider.GetRequiredService<StorageClientFactory>();
        await factory.GetTableClient(azurite.NewTableName()).CreateIfNotExistsAsync();
        await factory.GetQueueClient(azurite.NewQueueName()).CreateIfNotExistsAsync();

        var counter = provider.GetRequiredService<StorageRequestCounter>();
        Assert.Same(counter, factory.RequestCounter);
        Assert.Equal((1, 1), (counter.Count("Table.Create"), counter.Count("Queue.Create")));
    }

    [Fact]
    public void Missing_account_settings_fail_validation_naming_the_configuration_path()
    {
        using var provider = Provider(("Storage:MaxRetries", "2"));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageAccountOptions>>().Value);

        Assert.Contains("Storage:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_connection_string_fails_validation_naming_the_bad_key_but_not_its_value()
    {
        using var provider = Provider(("Storage:ConnectionString", "AccountName=acct;AccountKey=c2VjcmV0c2VjcmV0;TableEndpoint=nope"));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageAccountOptions>>().Value);

        Assert.Contains("'TableEndpoint'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("1table")]
    [InlineData("has-dash")]
    [InlineData("tables")]
    public void Invalid_table_names_are_rejected_with_the_rule(string name)
    {
        var factory = StorageClientFactory.FromConnectionString(azurite.ConnectionString);

        var error = Assert.Throws<ArgumentException>(() => factory.GetTableClient(name));

        Assert.Contains($"'{name}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("a--b")]
    [InlineData("-ab")]
    [InlineData("ab-")]
    [InlineData("q")]
    public void Invalid_queue_names_are_rejected_with_the_rule(string name)
    {
        var factory = StorageClientFactory.FromConnectionString(azurite.ConnectionString);

        Assert.Throws<ArgumentException>(() => factory.GetQueueClient(name));
    }

    private static ServiceProvider Provider(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
        return new ServiceCollection().AddAzureStorageClients(configuration.GetSection("Storage")).BuildServiceProvider();
    }
}
