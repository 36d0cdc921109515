using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Benchmarks.Storm;

/// <summary>
/// A private Azurite, the counting proxy in front of it, and the app started against the proxy with the storm's
/// binding; one per phase, so a phase never inherits another's backlog.
/// </summary>
internal sealed class StormEnvironment : IAsyncDisposable
{
    private readonly AzuriteFixture azurite;
    private readonly string workDirectory;

    private StormEnvironment(AzuriteFixture azurite, StorageCountingProxy proxy, AppProcess app, string workDirectory)
    {
        this.azurite = azurite;
        Proxy = proxy;
        App = app;
        this.workDirectory = workDirectory;
        Client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512, UseProxy = false })
        {
            BaseAddress = app.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public StorageCountingProxy Proxy { get; }

    public AppProcess App { get; }

    public HttpClient Client { get; }

    /// <summary>Set when the phase went as planned; otherwise the app's log is kept (its path is printed).</summary>
    public bool Succeeded { get; set; }

    public static async Task<StormEnvironment> StartAsync()
    {
        var workDirectory = Directory.CreateTempSubdirectory("autoremediate-storm-").FullName;
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        StorageCountingProxy? proxy = null;
        try
        {
            proxy = await StorageCountingProxy.StartAsync(azurite.BlobPort, azurite.QueuePort, azurite.TablePort);
            var account = AzuriteFixture.AccountName;
            var connectionString =
                $"DefaultEndpointsProtocol=http;AccountName={account};AccountKey={AzuriteFixture.AccountKey};" +
                $"BlobEndpoint=http://127.0.0.1:{proxy.BlobPort}/{account};QueueEndpoint=http://127.0.0.1:{proxy.QueuePort}/{account};" +
                $"TableEndpoint=http://127.0.0.1:{proxy.TablePort}/{account};";
            var app = await AppProcess.StartAsync(connectionString, StormBindings.Write(workDirectory), workDirectory);
            return new StormEnvironment(azurite, proxy, app, workDirectory);
        }
        catch
        {
            if (proxy is not null)
            {
                await proxy.DisposeAsync();
            }

            await azurite.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        await Proxy.DisposeAsync();
        await azurite.DisposeAsync();
        if (!Succeeded)
        {
            Console.WriteLine($"storm: the app's log is kept: {App.LogPath}");
            return;
        }

        try
        {
            Directory.Delete(workDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS's temp cleaning.
        }
    }
}
