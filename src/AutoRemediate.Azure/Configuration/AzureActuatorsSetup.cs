using Azure.Core;
using Azure.Core.Pipeline;

namespace AutoRemediate.Azure.Configuration;

/// <summary>Code-only settings of the actuator clients: what cannot come from configuration.</summary>
public sealed class AzureActuatorsSetup
{
    /// <summary>
    /// The credential for every Azure call. When unset, a <see cref="TokenCredential"/> registered in DI is used, else
    /// <c>DefaultAzureCredential</c> (managed identity in Azure, developer sign-in locally).
    /// </summary>
    public TokenCredential? Credential { get; set; }

    /// <summary>The HTTP transport; tests point it at a local server. Azure.Core's default when unset.</summary>
    public HttpPipelineTransport? Transport { get; set; }
}
