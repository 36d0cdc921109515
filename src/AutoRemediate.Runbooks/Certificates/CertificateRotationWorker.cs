using System.Globalization;
using System.Text.Json;
using AutoRemediate.Azure.AppService;
using AutoRemediate.Azure.DryRun;
using AutoRemediate.Azure.Errors;
using AutoRemediate.Azure.KeyVault;
using AutoRemediate.Azure.Requests;
using Azure.Core;

namespace AutoRemediate.Runbooks.Certificates;

/// <summary>The Azure side of a certificate rotation, called by its activities. Nothing here deletes a version.</summary>
internal sealed class CertificateRotationWorker(
    IKeyVaultCertificateClient keyVault, IAppServiceCertificateClient appService, IAzureDryRun dryRun, TimeProvider timeProvider)
{
    /// <summary>Allowed shortfall of the new expiry against issue time plus the policy's validity (issuers round).</summary>
    public static readonly TimeSpan ValidityTolerance = TimeSpan.FromDays(2);

    public async Task<CertificateSnapshot> InspectAsync(CertificateTarget target, CancellationToken cancellationToken)
    {
        var current = await keyVault.GetAsync(target.Vault, target.Name, cancellationToken).ConfigureAwait(false);
        var policy = await keyVault.GetPolicyAsync(target.Vault, target.Name, cancellationToken).ConfigureAwait(false);
        var versions = await keyVault.ListVersionsAsync(target.Vault, target.Name, cancellationToken).ConfigureAwait(false);
        var months = policy.Value.TryGetProperty("x509_props", out var x509) && x509.TryGetProperty("validity_months", out var m) && m.ValueKind == JsonValueKind.Number
            ? m.GetInt32()
            : 12;
        return new CertificateSnapshot(
            current.Value.Version, current.Value.Expires, Thumbprint(current.Value.Thumbprint), months,
            [.. versions.Value.Select(v => v.Version)], current.RequestIds.RequestId);
    }

    public async Task<CertificateStepResult> PlanAsync(CertificateTarget target, CancellationToken cancellationToken)
    {
        var session = dryRun.Begin();
        await session.Certificates.BeginNewVersionAsync(target.Vault, target.Name, cancellationToken).ConfigureAwait(false);
        foreach (var consumer in target.Consumers)
        {
            await session.AppServiceCertificates.ReimportAsync(new ResourceIdentifier(consumer), cancellationToken).ConfigureAwait(false);
        }

        var requests = session.PlannedRequests.Select(r => r.ToString()).ToList();
        return new CertificateStepResult("planned", $"Dry run: would create a new version of {target.Name} with its policy and re-import {target.Consumers.Count} consumer(s).", "dry run", null, requests);
    }

    /// <summary>Starts the new version unless an earlier attempt already did (its pending operation or new version exists).</summary>
    public async Task<CertificateStepResult> BeginAsync(CertificateVerifyInput input, CancellationToken cancellationToken)
    {
        var (target, old) = (input.Target, input.Old);
        var current = await keyVault.GetAsync(target.Vault, target.Name, cancellationToken).ConfigureAwait(false);
        if (current.Value.Version != old.Version)
        {
            return new CertificateStepResult("already-rotated", $"{target.Name} already has a newer version {current.Value.Version}; not creating another.", $"GET {target.Id}", current.RequestIds.RequestId);
        }

        if (await PendingAsync(target, cancellationToken).ConfigureAwait(false) is { Value.InProgress: true } pending)
        {
            return new CertificateStepResult("accepted", $"A create operation for {target.Name} is already in progress; waiting for it.", $"GET {target.Id}/pending", pending.RequestIds.RequestId);
        }

        var started = await keyVault.BeginNewVersionAsync(target.Vault, target.Name, cancellationToken).ConfigureAwait(false);
        return new CertificateStepResult("accepted", $"Key Vault accepted a new version of {target.Name} with its existing policy ({started.Status}).", $"POST {target.Id}/create", started.RequestIds.RequestId);
    }

    public async Task<CertificateStepResult> CheckAsync(CertificateTarget target, CancellationToken cancellationToken)
    {
        var operation = await PendingAsync(target, cancellationToken).ConfigureAwait(false);
        if (operation is null)
        {
            return new CertificateStepResult("completed", $"No create operation is pending for {target.Name}.", $"GET {target.Id}/pending");
        }

        var value = operation.Value;
        var summary = value.Completed || value.InProgress
            ? $"Create operation for {target.Name}: {value.Status}."
            : $"Key Vault could not create a new version of {target.Name}: {value.Status} {value.ErrorCode}: {value.ErrorMessage}. The current version is untouched.";
        return new CertificateStepResult(value.Status, summary, $"GET {target.Id}/pending", operation.RequestIds.RequestId);
    }

    public async Task<CertificateVerification> VerifyAsync(CertificateVerifyInput input, CancellationToken cancellationToken)
    {
        var (target, old) = (input.Target, input.Old);
        var now = await InspectAsync(target, cancellationToken).ConfigureAwait(false);
        var issued = timeProvider.GetUtcNow();
        var promised = issued.AddMonths(now.ValidityMonths) - ValidityTolerance;
        var problems = new List<string>();
        if (now.Version == old.Version)
        {
            problems.Add("no new version is current");
        }

        if (!now.VersionIds.Contains(old.Version))
        {
            problems.Add($"the old version {old.Version} is no longer listed");
        }

        if (now.Expires is not { } expires || old.Expires is { } oldExpires && expires <= oldExpires || expires < promised)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"the new expiry {now.Expires:O} is not after the old {old.Expires:O} by the policy's {now.ValidityMonths} month(s) (expected at least {promised:O})"));
        }

        var summary = problems.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"New version {now.Version} of {target.Name} expires {now.Expires:O} (old {old.Version}: {old.Expires:O}); the old version is kept.")
            : $"Rotation of {target.Name} not verified: {string.Join("; ", problems)}.";
        return new CertificateVerification(problems.Count == 0, summary, now);
    }

    /// <summary>
    /// Re-imports one consumer. Azure's refusal (after the client's own retries) and a certificate that is not imported
    /// from Key Vault come back as a <c>failed</c> result, not an exception: retrying cannot help, and the runbook must
    /// go on to the other consumers and name this one as stale.
    /// </summary>
    public async Task<CertificateStepResult> RefreshAsync(CertificateRefreshInput input, CancellationToken cancellationToken)
    {
        var id = new ResourceIdentifier(input.Consumer);
        AzureActionResult sent;
        AzureResult<AppServiceCertificate> served;
        try
        {
            sent = await appService.ReimportAsync(id, cancellationToken).ConfigureAwait(false);
            served = await appService.GetAsync(id, cancellationToken).ConfigureAwait(false);
        }
        catch (AzureRequestException failure)
        {
            var code = failure.ErrorCode is null ? string.Empty : $" {failure.ErrorCode}";
            return new CertificateStepResult(
                "failed", $"{id.Name} was not refreshed: {failure.Status}{code}: {failure.ServiceMessage ?? failure.Message}", $"PUT {input.Consumer}", failure.RequestIds.RequestId);
        }
        catch (InvalidOperationException notFromKeyVault)
        {
            return new CertificateStepResult("failed", $"{id.Name} was not refreshed: {notFromKeyVault.Message}", $"PUT {input.Consumer}");
        }

        var matches = string.Equals(served.Value.Thumbprint, input.ExpectedThumbprint, StringComparison.OrdinalIgnoreCase);
        return new CertificateStepResult(
            matches ? "refreshed" : "mismatch",
            matches
                ? $"{id.Name} re-imported; it serves thumbprint {served.Value.Thumbprint}."
                : $"{id.Name} re-imported but serves thumbprint {served.Value.Thumbprint}, not the new version's {input.ExpectedThumbprint}.",
            $"PUT {input.Consumer}",
            sent.RequestIds.RequestId);
    }

    /// <summary>Key Vault's <c>x5t</c> (base64url SHA-1) as App Service's upper-case hex thumbprint.</summary>
    public static string? Thumbprint(string? x5t)
    {
        if (string.IsNullOrEmpty(x5t))
        {
            return null;
        }

        var base64 = x5t.Replace('-', '+').Replace('_', '/');
        return Convert.ToHexString(Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=')));
    }

    private async Task<AzureResult<CertificateOperation>?> PendingAsync(CertificateTarget target, CancellationToken cancellationToken)
    {
        try
        {
            return await keyVault.GetPendingOperationAsync(target.Vault, target.Name, cancellationToken).ConfigureAwait(false);
        }
        catch (AzureNotFoundException)
        {
            return null;
        }
    }
}
