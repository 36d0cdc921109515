using System.Net;
using System.Net.Sockets;
using AutoRemediate.Storage.Configuration;
using AutoRemediate.Storage.Stores;
using AutoRemediate.Storage.Tests.Infrastructure;
using AutoRemediate.Testing.Azurite;
using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Tests.Stores;

/// <summary>Store tables on the shared Azurite, on an in-process handler, or on a port nothing listens on.</summary>
internal static class StoreTestTables
{
    public static async Task<StoreTable> NewAsync(AzuriteFixture azurite)
    {
        var table = StoreTable.Of(StorageTestClients.TableService(azurite), azurite.NewTableName("store"));
        await table.EnsureCreatedAsync(default);
        return table;
    }

    /// <summary>A Table service client whose requests go to <paramref name="handler"/> instead of the network.</summary>
    public static TableServiceClient On(CapturingHandler handler)
    {
        var options = new TableClientOptions { Transport = new HttpClientTransport(new HttpClient(handler)) };
        options.Retry.MaxRetries = 0;
        return new TableServiceClient(
            new Uri($"http://127.0.0.1/{AzuriteFixture.AccountName}"), new TableSharedKeyCredential(AzuriteFixture.AccountName, AzuriteFixture.AccountKey), options);
    }

    /// <summary>
    /// The Table service client the stores use, aimed at a loopback port that was free a moment ago and that nothing
    /// listens on, so every attempt fails to connect at once and no response ever arrives.
    /// </summary>
    public static TableServiceClient Unreachable(int maxRetries)
    {
        var port = ClosedPort();
        return StorageServiceClients.CreateTableService(new StorageAccountOptions
        {
            ConnectionString = $"DefaultEndpointsProtocol=http;AccountName={AzuriteFixture.AccountName};AccountKey={AzuriteFixture.AccountKey};" +
                $"TableEndpoint=http://127.0.0.1:{port}/{AzuriteFixture.AccountName};QueueEndpoint=http://127.0.0.1:{port}/{AzuriteFixture.AccountName};",
            MaxRetries = maxRetries,
            RetryDelay = TimeSpan.FromMilliseconds(10),
            MaxRetryDelay = TimeSpan.FromMilliseconds(50),
        });
    }

    /// <summary>Writes <paramref name="count"/> rows to one partition, row keys "r00000", "r00001", ... in transactions of 100.</summary>
    public static async Task FillAsync(StoreTable table, string partition, int count)
    {
        for (var start = 0; start < count; start += 100)
        {
            var actions = Enumerable.Range(start, Math.Min(100, count - start))
                .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, RowKey(i)) { ["N"] = i }))
                .ToList();
            await table.SubmitAsync(actions, default);
        }
    }

    public static string RowKey(int index) => FormattableString.Invariant($"r{index:D5}");

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
