using Azure.Core;

namespace AutoRemediate.Storage.Pipeline;

/// <summary>Azure.Core's pipeline settings (retry, transport, diagnostics) for the storage clients.</summary>
internal sealed class StorageClientOptions : ClientOptions
{
}
