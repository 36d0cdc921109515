using System.Text.Json;
using System.Text.Json.Nodes;
using AutoRemediate.Azure.Configuration;
using AutoRemediate.Azure.Errors;
using AutoRemediate.Azure.Pipeline;
using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.KeyVault;

/// <inheritdoc />
internal sealed class KeyVaultCertificateClient(
    IAzureRequestExecutor executor, AzureActuatorOptions options, KeyVaultHosts hosts, TimeProvider timeProvider) : IKeyVaultCertificateClient
{
    public async Task<AzureResult<KeyVaultCertificate>> GetAsync(Uri vault, string name, CancellationToken cancellationToken = default)
    {
        var response = await ReadAsync(vault, name, string.Empty, cancellationToken).ConfigureAwait(false);
        return new AzureResult<KeyVaultCertificate>(KeyVaultCertificate.From(response.Json()), response.RequestIds);
    }

    public async Task<AzureResult<JsonElement>> GetPolicyAsync(Uri vault, string name, CancellationToken cancellationToken = default)
    {
        var response = await ReadAsync(vault, name, "/policy", cancellationToken).ConfigureAwait(false);
        return new AzureResult<JsonElement>(response.Json(), response.RequestIds);
    }

    public async Task<AzureResult<IReadOnlyList<KeyVaultCertificate>>> ListVersionsAsync(Uri vault, string name, CancellationToken cancellationToken = default)
    {
        var first = Request("GET", vault, name, "/versions", null);
        var versions = new List<KeyVaultCertificate>();
        var ids = AzureRequestIds.None;
        for (Uri? next = first.Uri; next is not null;)
        {
            var response = await executor.ReadAsync(first with { Uri = next }, cancellationToken).ConfigureAwait(false);
            var page = response.Json();
            versions.AddRange(page.GetProperty("value").EnumerateArray().Select(KeyVaultCertificate.From));
            ids = response.RequestIds;
            next = page.TryGetProperty("nextLink", out var link) && link.GetString() is { Length: > 0 } text
                && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Authority == first.Uri.Authority ? uri : null;
        }

        return new AzureResult<IReadOnlyList<KeyVaultCertificate>>(versions, ids);
    }

    public async Task<AzureActionResult> BeginNewVersionAsync(Uri vault, string name, CancellationToken cancellationToken = default)
    {
        var policy = JsonNode.Parse((await GetPolicyAsync(vault, name, cancellationToken).ConfigureAwait(false)).Value.GetRawText())!.AsObject();
        // The policy's id names the old policy object; the rest is sent back unchanged so the new version matches.
        policy.Remove("id");
        var body = new JsonObject { ["policy"] = policy }.ToJsonString();
        return await executor.ChangeAsync(Request("POST", vault, name, "/create", body), waitForCompletion: false, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AzureResult<CertificateOperation>> GetPendingOperationAsync(Uri vault, string name, CancellationToken cancellationToken = default)
    {
        var response = await ReadAsync(vault, name, "/pending", cancellationToken).ConfigureAwait(false);
        return new AzureResult<CertificateOperation>(CertificateOperation.From(response.Json()), response.RequestIds);
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
                    200, "OperationTimeout", current.Value.StatusDetails, current.RequestIds, Request("GET", vault, name, "/pending", null).Uri);
            }

            var delay = options.OperationPollInterval < remaining ? options.OperationPollInterval : remaining;
            await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<ArmResponse> ReadAsync(Uri vault, string name, string suffix, CancellationToken cancellationToken) =>
        executor.ReadAsync(Request("GET", vault, name, suffix, null), cancellationToken);

    private ArmRequest Request(string method, Uri vault, string name, string suffix, string? body)
    {
        hosts.Check(vault);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var uri = new Uri($"{vault.GetLeftPart(UriPartial.Authority)}/certificates/{Uri.EscapeDataString(name)}{suffix}?api-version={options.KeyVaultApiVersion}");
        return new ArmRequest(method, uri, body, AzureAudience.KeyVault);
    }
}
