using AutoRemediate.Durable;

namespace AutoRemediate.Storage.Durable;

/// <summary>Puts the durable engine on Azure Storage from its builder.</summary>
public static class AzureStorageEngineRegistration
{
    /// <summary>Uses the table <c>{hub}Instances</c> and the queue <c>{hub}-work</c> of the registered storage account.</summary>
    public static DurableEngineBuilder UseAzureStorage(this DurableEngineBuilder engine, string taskHubName)
    {
        ArgumentNullException.ThrowIfNull(engine);
        engine.Services.AddAzureStorageDurableStores(taskHubName);
        return engine;
    }
}
