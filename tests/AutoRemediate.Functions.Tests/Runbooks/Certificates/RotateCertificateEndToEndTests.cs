using System.Text;
using System.Text.Json.Nodes;
using AutoRemediate.AzureFakes.Faults;
using AutoRemediate.Core.Audit;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Runbooks.Certificates;

/// <summary>
/// The Key Vault near-expiry Event Grid sample through the webhook and the remediation orchestration into
/// rotate-certificate, with the sample's vault (kv-shared-prod) pointed at the fake Azure's Key Vault.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RotateCertificateEndToEndTests(AzuriteFixture azurite)
{
    private const string Certificate = "checkout-api-tls";
    private const string SampleVaultHost = "kv-shared-prod.vault.azure.net";
    private const string SampleVault = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-shared-prod/providers/Microsoft.KeyVault/vaults/kv-shared-prod";

    [Fact]
    public async Task Certificate_near_expiry_event_rotates_through_the_remediation_to_completed()
    {
        await using var bed = await RunbookTestBed.StartAsync(azurite, "rotate-certificate");
        // The alert's target; the guardrails read its tags from ARM before anything runs.
        bed.State.AddResource(SampleVault, "Microsoft.KeyVault/vaults", new JsonObject { ["vaultUri"] = bed.Azure.BaseUri.AbsoluteUri });
        bed.State.AddCertificate(Certificate, DateTimeOffset.UtcNow.AddDays(20), validityMonths: 12);
        var consumer = bed.State.AddAppServiceCertificate("checkout-cert", Certificate);
        var old = Assert.Single(bed.State.CertificateVersions(Certificate));
        bed.Azure.Faults.Add(new OperationRule("POST", "/create", Polls: 2));

        var (summary, chain) = await bed.RemediateAsync(Alert(bed, old.Version));

        Assert.Equal(RemediationStage.Completed, summary.Outcome);
        Assert.False(summary.DryRun);
        var versions = bed.State.CertificateVersions(Certificate);
        Assert.Equal(2, versions.Count);
        Assert.Equal(old, versions[0]);
        Assert.True(versions[1].Expires > old.Expires.AddMonths(11), $"new expiry {versions[1].Expires:O}, old {old.Expires:O}");
        Assert.Equal(versions[1].Thumbprint, bed.State.Resource(consumer)!["properties"]!["thumbprint"]!.GetValue<string>());
        Assert.Single(bed.Azure.Requests, r => r.Method == "POST" && r.Target.Contains($"/certificates/{Certificate}/create", StringComparison.Ordinal));
        Assert.True(bed.Azure.Requests.Count(r => r.Method == "GET" && r.Target.Contains("/pending", StringComparison.Ordinal)) >= 2, "the create operation was polled");
        Assert.DoesNotContain(bed.Azure.Requests, r => r.Method == "DELETE");

        var steps = chain.SkipWhile(r => r.Kind != AuditRecordKind.ActionStarted).Select(r => r.Kind).ToList();
        Assert.Equal(
            [AuditRecordKind.ActionStarted, AuditRecordKind.ActionSucceeded, AuditRecordKind.Verification, AuditRecordKind.ActionSucceeded, AuditRecordKind.Outcome],
            steps);
        var create = chain.First(r => r.Kind == AuditRecordKind.ActionSucceeded);
        Assert.Equal(bed.Azure.Requests.Single(r => r.Method == "POST").RequestId, create.AzureRequestId);
        Assert.EndsWith($"/certificates/{Certificate}/create", create.Operation, StringComparison.Ordinal);
        var verdict = chain.Single(r => r.Kind == AuditRecordKind.Verification);
        Assert.Equal("passed", verdict.Details["verdict"]);
        Assert.Equal(old.Version, verdict.Details["oldVersion"]);
        Assert.Equal(versions[1].Version, verdict.Details["newVersion"]);
        Assert.Equal(consumer, chain.Last(r => r.Kind == AuditRecordKind.ActionSucceeded).TargetResourceId, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(AuditRecordKind.Outcome, chain[^1].Kind);
    }

    /// <summary>The sample event with its vault host and version replaced by the fake Key Vault's.</summary>
    private static byte[] Alert(RunbookTestBed bed, string version)
    {
        var events = JsonNode.Parse(WebhookApp.Sample("eventgrid-keyvault-certificate-near-expiry.json"))!.AsArray();
        var data = events[0]!["data"]!;
        var id = new Uri(data["Id"]!.GetValue<string>());
        Assert.Equal(SampleVaultHost, id.Host);
        var sampleVersion = data["Version"]!.GetValue<string>();
        data["Id"] = $"{bed.Azure.BaseUri.GetLeftPart(UriPartial.Authority)}{id.AbsolutePath.Replace(sampleVersion, version, StringComparison.Ordinal)}";
        data["Version"] = version;
        return Encoding.UTF8.GetBytes(events.ToJsonString());
    }
}
