using AutoRemediate.Durable.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AutoRemediate.Storage.Durable;

/// <summary>
/// The durable engine's stores on Azure Storage: <see cref="IInstanceStore"/> over the table <c>{hub}Instances</c>
/// and <see cref="IWorkQueue"/> over the queue <c>{hub}-work</c>. Each creates its table or queue on first use.
/// </summary>
public static class AzureDurableStores
{
    /// <summary>
    /// Registers <see cref="IInstanceStore"/> and <see cref="IWorkQueue"/> singletons for <paramref name="taskHubName"/>
    /// (3-50 letters or digits, starting with a letter). Needs <see cref="StorageRegistration.AddAzureStorageClients(IServiceCollection, Microsoft.Extensions.Configuration.IConfiguration)"/>.
    /// </summary>
    public static IServiceCollection AddAzureStorageDurableStores(this IServiceCollection services, string taskHubName)
    {
        ArgumentNullException.ThrowIfNull(services);
        var hub = DurableTaskHub.Create(taskHubName);
        services.AddSingleton<IInstanceStore>(provider => CreateInstanceStore(
            provider.GetRequiredService<StorageClientFactory>(), hub.Name, provider.GetService<ILoggerFactory>()));
        services.AddSingleton<IWorkQueue>(provider => CreateWorkQueue(
            provider.GetRequiredService<StorageClientFactory>(), hub.Name, provider.GetService<ILoggerFactory>()));
        return services;
    }

    /// <summary>The name of a task hub's work queue (the hub lower-cased, as queue names must be, plus <c>-work</c>).</summary>
    public static string WorkQueueName(string taskHubName) => DurableTaskHub.Create(taskHubName).QueueName;

    /// <summary>Creates the instance store for a task hub without dependency injection.</summary>
    public static IInstanceStore CreateInstanceStore(StorageClientFactory factory, string taskHubName, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var hub = DurableTaskHub.Create(taskHubName);
        return new AzureTableInstanceStore(
            factory.GetTableClient(hub.TableName), (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<AzureTableInstanceStore>());
    }

    /// <summary>Creates the work queue for a task hub without dependency injection.</summary>
    public static IWorkQueue CreateWorkQueue(StorageClientFactory factory, string taskHubName, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var hub = DurableTaskHub.Create(taskHubName);
        return new AzureQueueWorkQueue(
            factory.GetQueueClient(hub.QueueName), (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<AzureQueueWorkQueue>());
    }
}
