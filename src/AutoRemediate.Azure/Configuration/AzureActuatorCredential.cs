using Azure.Core;

namespace AutoRemediate.Azure.Configuration;

/// <summary>
/// The one credential Azure calls are made with, resolved once: <see cref="AzureActuatorsSetup.Credential"/>, else a
/// registered <see cref="TokenCredential"/>, else <c>DefaultAzureCredential</c>. Shared so every client reuses one token cache.
/// </summary>
/// <param name="Credential">The resolved credential.</param>
internal sealed record AzureActuatorCredential(TokenCredential Credential);
