using System.Text.Json.Nodes;
using AutoRemediate.AzureFakes.Faults;
using AutoRemediate.AzureFakes.Server;
using AutoRemediate.AzureFakes.State;
using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Audit;
using AutoRemediate.Runbooks;
using AutoRemediate.Runbooks.Certificates;
using AutoRemediate.Testing;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Runbooks.Certificates;

/// <summary>rotate-certificate on the real engine against the fake Key Vault and App Service, from the Event Grid sample.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RotateCertificateRunbookTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Certificate = "checkout-api-tls";
    private FakeAzureServer _azure = null!;
    private RunbookEngineHost _bed = null!;
    private string _consumer = null!;

    public async Task InitializeAsync()
    {
        _azure = await FakeAzureServer.StartAsync();
        _azure.State.AddCertificate(Certificate, DateTimeOffset.UtcNow.AddDays(20), validityMonths: 12);
        _consumer = _azure.State.AddAppServiceCertificate("checkout-cert", Certificate);
        _bed = await RunbookEngineHost.StartAsync(azurite, _azure);
    }

    public async Task DisposeAsync()
    {
        await _bed.DisposeAsync();
        await _azure.DisposeAsync();
    }

    [Fact]
    public async Task Rotation_polls_the_new_version_verifies_it_and_reimports_the_consumer_keeping_the_old_version()
    {
        var oldVersion = _azure.State.CertificateVersions(Certificate)[0];
        _azure.Faults.Add(new OperationRule("POST", "/create", Polls: 2));

        var result = await _bed.RunAsync(Input("rotate-1"));

        Assert.Equal(RunbookOutcome.Succeeded, result.Outcome);
        var versions = _azure.State.CertificateVersions(Certificate);
        Assert.Equal(2, versions.Count);
        Assert.Equal(oldVersion, versions[0]);
        Assert.True(versions[1].Expires >= oldVersion.Expires.AddMonths(11), $"new expiry {versions[1].Expires:O}");
        Assert.Equal(versions[1].Thumbprint, _azure.State.Resource(_consumer)!["properties"]!["thumbprint"]!.GetValue<string>());
        Assert.Single(_azure.Requests, r => r.Method == "POST" && r.Target.Contains("/create", StringComparison.Ordinal));
        Assert.True(_azure.Requests.Count(r => r.Method == "GET" && r.Target.Contains("/pending", StringComparison.Ordinal)) >= 2, "the operation was polled");
        Assert.DoesNotContain(_azure.Requests, r => r.Method == "DELETE");
        var steps = _bed.Steps.ToList();
        Assert.NotNull(Assert.Single(steps, s => s.Step == "certificate-create" && s.Kind == AuditRecordKind.ActionSucceeded).AzureRequestId);
        Assert.Contains(steps, s => s.Step == "certificate-verify" && s.Kind == AuditRecordKind.Verification);
        Assert.Contains(steps, s => s.Step == "certificate-refresh-1" && s.Kind == AuditRecordKind.ActionSucceeded && s.Target == _consumer);
    }

    [Fact]
    public async Task Failed_issuance_escalates_audited_and_leaves_the_certificate_and_consumer_alone()
    {
        var thumbprint = _azure.State.Resource(_consumer)!["properties"]!["thumbprint"]!.GetValue<string>();
        _azure.Faults.Add(new OperationRule("POST", "/create", Polls: 1) { FinalStatus = "Failed", ErrorCode = "CertificateIssuerError", ErrorMessage = "Issuer declined" });

        var result = await _bed.RunAsync(Input("rotate-2"));

        Assert.Equal(RunbookOutcome.Escalated, result.Outcome);
        Assert.Contains("CertificateIssuerError", result.Summary, StringComparison.Ordinal);
        Assert.Single(_azure.State.CertificateVersions(Certificate));
        Assert.Equal(thumbprint, _azure.State.Resource(_consumer)!["properties"]!["thumbprint"]!.GetValue<string>());
        Assert.DoesNotContain(_azure.Requests, r => r.Method == "PUT");
        var steps = _bed.Steps.ToList();
        Assert.Contains(steps, s => s.Kind == AuditRecordKind.ActionFailed && s.Step == "certificate-operation" && s.Summary.Contains("Issuer declined", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Kind == AuditRecordKind.Escalated);
    }

    [Fact]
    public async Task Refused_and_unimportable_consumers_are_not_retried_the_others_are_refreshed_and_the_run_escalates_naming_the_stale_ones()
    {
        var refused = _azure.State.AddAppServiceCertificate("refused-cert", Certificate);
        var uploaded = _azure.State.AddResource(
            FakeAzureState.ResourceId("Microsoft.Web/certificates", "uploaded-cert"), "Microsoft.Web/certificates", new JsonObject { ["thumbprint"] = "0123" });
        _azure.Faults.Add(FaultRule.Conflict("PUT", "/certificates/refused-cert", "BadRequest", "The certificate is in use by a binding being changed.") with { Times = int.MaxValue });

        var result = await _bed.RunAsync(Input("rotate-4", consumers: $"{refused},{uploaded},{_consumer}"));

        Assert.Equal(RunbookOutcome.Escalated, result.Outcome);
        Assert.Contains(refused, result.Summary, StringComparison.Ordinal);
        Assert.Contains(uploaded, result.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(_consumer, result.Summary, StringComparison.Ordinal);
        var newVersion = _azure.State.CertificateVersions(Certificate)[^1];
        Assert.Equal(newVersion.Thumbprint, _azure.State.Resource(_consumer)!["properties"]!["thumbprint"]!.GetValue<string>());
        Assert.Single(_azure.Requests, r => r.Method == "PUT" && r.Target.Contains("/certificates/refused-cert", StringComparison.Ordinal));
        Assert.DoesNotContain(_azure.Requests, r => r.Method == "PUT" && r.Target.Contains("/certificates/uploaded-cert", StringComparison.Ordinal));
        var steps = _bed.Steps.ToList();
        Assert.Contains(steps, s => s.Step == "certificate-refresh-1" && s.Kind == AuditRecordKind.ActionFailed && s.Target == refused && s.Summary.Contains("in use by a binding", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Step == "certificate-refresh-2" && s.Kind == AuditRecordKind.ActionFailed && s.Target == uploaded && s.Summary.Contains("not imported from Key Vault", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Step == "certificate-refresh-3" && s.Kind == AuditRecordKind.ActionSucceeded && s.Target == _consumer);
        Assert.Contains(steps, s => s.Step == "certificate-refresh-escalated" && s.Kind == AuditRecordKind.Escalated);
    }

    [Fact]
    public async Task Dry_run_records_the_exact_create_and_reimport_requests_and_changes_nothing()
    {
        var result = await _bed.RunAsync(Input("rotate-3", dryRun: true));

        Assert.Equal(RunbookOutcome.Succeeded, result.Outcome);
        Assert.Single(_azure.State.CertificateVersions(Certificate));
        Assert.DoesNotContain(_azure.Requests, r => r.Method is "POST" or "PUT" or "DELETE");
        var requests = Assert.Single(_bed.Steps, s => s.Step == "certificate-dry-run").Details!["requests"].Split('\n');
        Assert.Equal(2, requests.Length);
        Assert.StartsWith($"POST {_azure.BaseUri.GetLeftPart(UriPartial.Authority)}/certificates/{Certificate}/create", requests[0], StringComparison.Ordinal);
        Assert.Contains("\"validity_months\":12", requests[0], StringComparison.Ordinal);
        Assert.StartsWith($"PUT {_azure.BaseUri.GetLeftPart(UriPartial.Authority)}{_consumer}?api-version=", requests[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_reject_a_consumer_that_is_not_an_App_Service_certificate()
    {
        var (target, problem) = CertificateParameters.Read(Input("p", consumers: "/subscriptions/s/resourceGroups/r/providers/Microsoft.Web/sites/shop"));

        Assert.Null(target);
        Assert.Contains("Microsoft.Web/certificates", problem, StringComparison.Ordinal);
    }

    private RunbookInput Input(string id, bool dryRun = false, string? consumers = null)
    {
        var path = Path.Combine(RepositoryRoot.Find(), "tests", "AutoRemediate.Core.Tests", "Samples", "alerts", "eventgrid-keyvault-certificate-near-expiry.json");
        var alert = ((AlertsAccepted)new AlertNormalizer().Normalize(File.ReadAllBytes(path))).Alerts[0];
        var data = new Dictionary<string, string>(alert.CustomProperties)
        {
            ["Id"] = $"{_azure.BaseUri.GetLeftPart(UriPartial.Authority)}/certificates/{Certificate}/{_azure.State.CertificateVersions(Certificate)[0].Version}",
        };
        var parameters = new Dictionary<string, string> { ["consumers"] = consumers ?? _consumer, ["pollInterval"] = "00:00:01", ["pollTimeout"] = "00:01:00" };
        return new RunbookInput(id, "tls-certificate-rotation", RotateCertificateRunbook.RunbookName, parameters, [alert.TargetResourceIds[0].ToString()], dryRun, null, alert with { CustomProperties = data });
    }
}
