using Azure.Core;

namespace AutoRemediate.Storage.Pipeline;

/// <summary>Tags a pipeline message with its operation kind, which the request counter reads.</summary>
internal static class StorageOperation
{
    private const string PropertyName = "AutoRemediate.Storage.Operation";

    public static void Set(HttpMessage message, string operationKind) => message.SetProperty(PropertyName, operationKind);

    public static string Get(HttpMessage message) =>
        message.TryGetProperty(PropertyName, out var value) && value is string kind ? kind : "Unknown";
}
