using AutoRemediate.Azure;
using AutoRemediate.AzureFakes;
using AutoRemediate.AzureFakes.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>The fake Azure server and our real Azure clients pointed at it (trusting only its certificate).</summary>
internal sealed class FakeAzureClients : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private FakeAzureClients(FakeAzureServer server, ServiceProvider services)
    {
        Server = server;
        this.services = services;
    }

    public FakeAzureServer Server { get; }

    public static async Task<FakeAzureClients> StartAsync()
    {
        var server = await FakeAzureServer.StartAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>(server.Settings()) { ["Azure:MaxRetries"] = "0" })
            .Build();
        var services = new ServiceCollection()
            .AddAzureActuators(configuration.GetSection("Azure"), setup =>
            {
                setup.Credential = new FakeTokenCredential();
                setup.Transport = server.CreateTransport();
            })
            .BuildServiceProvider();
        return new FakeAzureClients(server, services);
    }

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
