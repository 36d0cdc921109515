using System.Text.Json;
using AutoRemediate.Azure.Configuration;
using AutoRemediate.Azure.Errors;
using AutoRemediate.Azure.Pipeline;
using AutoRemediate.Azure.Requests;
using AutoRemediate.Azure.Sdk;
using Azure.Security.KeyVault.Certificates;

namespace AutoRemediate.Azure.KeyVault;

/// <summary>
/// The certificate port on Azure.Security.KeyVault.Certificates: the SDK builds the requests, picks the service
/// version and takes the token scope from the vault's challenge. The vault's host is checked before any request.
/// </summary>
internal sealed class KeyVaultCertificateClient(
    AzurePipelines pipelines, SdkCalls calls, AzureActuatorOptions options, KeyVaultHosts hosts, TimeProvider timeProvider) : IKeyVaultCertificateClient
{
    public Task<AzureResult<KeyVaultCertificate>> GetAsync(Uri vault, string name, CancellationToken cancellationToken = default)
    {
        var client = Client(vault, name);
        return calls.ReadAsync($"GET /certificates/{name}", () => client.GetCertificateAsync(name, cancellationToken), response => KeyVaultCertificate.From(response.Value.Properties));
    }

    public Task<AzureResult<JsonElement>> GetPolicyAsync(Uri vault, string name, CancellationToken cancellationToken = default)
    {
        var client = Client(vault, name);
        // The raw body, as Key Vault returned it: the port hands the policy on unchanged.
        return calls.ReadAsync(
            $"GET /certificates/{name}/policy", () => client.GetCertificatePolicyAsync(name, cancellationToken), response => Json(response.GetRawResponse().Content));
    }

    public Task<AzureResult<IReadOnlyList<KeyVaultCertificate>>> ListVersionsAsync(Uri vault, string name, CancellationToken cancellationToken = default)
    {
        var client = Client(vault, name);
        return calls.ReadAllAsync($"GET /certificates/{name}/versions", client.GetPropertiesOfCertificateVersionsAsync(name, cancellationToken), KeyVaultCertificate.From);
    }

    public async Task<AzureActionResult> BeginNewVersionAsync(Uri vault, string name, CancellationToken cancellationToken = default)
    {
        var client = Client(vault, name);
        var policy = await calls.ReadAsync(
            $"GET /certificates/{name}/policy", () => client.GetCertificatePolicyAsync(name, cancellationToken), response => response.Value).ConfigureAwait(false);
        // The existing policy goes back unchanged (the SDK leaves out its id), so the new version matches.
        return await calls.ChangeAsync(
            $"POST /certificates/{name}/create",
            async () => await client.StartCreateCertificateAsync(name, policy.Value, cancellationToken: cancellationToken).ConfigureAwait(false),
            waitForCompletion: false,
            cancellationToken).ConfigureAwait(false);
    }

    public Task<AzureResult<CertificateOperation>> GetPendingOperationAsync(Uri vault, string name, CancellationToken cancellationToken = default)
    {
        var client = Client(vault, name);
        return calls.ReadAsync(
            $"GET /certificates/{name}/pending",
            async () =>
            {
                var operation = await client.GetCertificateOperationAsync(name, cancellationToken).ConfigureAwait(false);
                return global::Azure.Response.FromValue(operation.Properties, operation.GetRawResponse());
            },
            response => CertificateOperation.From(response.Value));
    }

    public async Task<AzureResult<CertificateOperation>> WaitForPendingOperationAsync(Uri vault, string name, CancellationToken cancellationToken = default)
    {
        var deadline = timeProvider.GetUtcNow() + options.OperationTimeout;
        while (true)
        {
            var current = await GetPendingOperationAsync(vault, name, cancellationToken).ConfigureAwait(false);
            if (current.Value.Completed)
            {
                return current;
            }

            if (!current.Value.InProgress)
            {
                throw new AzureOperationFailedException(
                    $"Creating a new version of certificate {name} ended {current.Value.Status}: {current.Value.ErrorCode}: {current.Value.ErrorMessage} (request id {current.RequestIds.RequestId ?? "none"})",
                    200, current.Value.ErrorCode, current.Value.ErrorMessage, current.RequestIds, current.Value.Status);
            }

            var remaining = deadline - timeProvider.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                throw new AzureOperationTimeoutException(
                    $"Creating a new version of certificate {name} was still in progress after {options.OperationTimeout}.",
                    200, "OperationTimeout", current.Value.StatusDetails, current.RequestIds, new Uri(Client(vault, name).VaultUri, $"certificates/{Uri.EscapeDataString(name)}/pending"));
            }

            var delay = options.OperationPollInterval < remaining ? options.OperationPollInterval : remaining;
            await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private CertificateClient Client(Uri vault, string name)
    {
        hosts.Check(vault);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return pipelines.Vault(vault);
    }

    private static JsonElement Json(BinaryData content)
    {
        using var document = JsonDocument.Parse(content);
        return document.RootElement.Clone();
    }
}
