using Azure.Core;

namespace AutoRemediate.Azure.Pipeline;

/// <summary>Azure.Core's pipeline settings (retry policy, transport, diagnostics) for the REST pipelines.</summary>
internal sealed class AzureClientOptions : ClientOptions
{
}
