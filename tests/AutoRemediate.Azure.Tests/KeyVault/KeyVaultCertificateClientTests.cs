using AutoRemediate.Azure.Errors;
using AutoRemediate.Azure.Tests.Support;
using AutoRemediate.AzureFakes.Faults;

namespace AutoRemediate.Azure.Tests.KeyVault;

public sealed class KeyVaultCertificateClientTests
{
    [Fact]
    public async Task Get_reads_the_current_version_and_its_expiry()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var expires = azure.Clock.GetUtcNow().AddDays(10);
        azure.State.AddCertificate("tls-web", expires);

        var certificate = await azure.Certificates.GetAsync(azure.Vault, "tls-web");

        Assert.Equal("tls-web", certificate.Value.Name);
        Assert.Equal(azure.State.CertificateVersions("tls-web").Single().Version, certificate.Value.Version);
        Assert.Equal(expires.ToUnixTimeSeconds(), certificate.Value.Expires!.Value.ToUnixTimeSeconds());
        Assert.Contains("https://vault.azure.net/.default", azure.Credential.Scopes);
    }

    [Fact]
    public async Task The_fake_vault_challenges_a_request_without_a_token_as_key_vault_does()
    {
        await using var azure = await AzureTestBed.StartAsync();
        azure.State.AddCertificate("tls-web", azure.Clock.GetUtcNow().AddDays(10));
        using var client = new HttpClient(azure.Server.CreateHandler());

        using var response = await client.GetAsync(new Uri(azure.Vault, "certificates/tls-web?api-version=7.5"));

        Assert.Equal(401, (int)response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains("resource=\"https://vault.azure.net\"", challenge.Parameter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rotation_creates_a_version_with_the_existing_policy_and_waits_for_it()
    {
        await using var azure = await AzureTestBed.StartAsync();
        azure.State.AddCertificate("tls-web", azure.Clock.GetUtcNow().AddDays(10), validityMonths: 12);
        azure.Faults.Add(new OperationRule("POST", "/create", Polls: 3));

        var begun = await azure.Certificates.BeginNewVersionAsync(azure.Vault, "tls-web");
        var done = await azure.Certificates.WaitForPendingOperationAsync(azure.Vault, "tls-web");
        var current = await azure.Certificates.GetAsync(azure.Vault, "tls-web");
        var versions = await azure.Certificates.ListVersionsAsync(azure.Vault, "tls-web");

        Assert.Equal(202, begun.Status);
        Assert.True(done.Value.Completed);
        Assert.Contains("\"validity_months\":12", azure.Changes().Single().Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"id\"", azure.Changes().Single().Body, StringComparison.Ordinal);
        Assert.Equal(2, versions.Value.Count);
        Assert.Equal(azure.State.CertificateVersions("tls-web")[^1].Version, current.Value.Version);
        Assert.Equal(azure.State.CertificateVersions("tls-web")[^1].Expires.ToUnixTimeSeconds(), current.Value.Expires!.Value.ToUnixTimeSeconds());
        Assert.True(current.Value.Expires > azure.Clock.GetUtcNow().AddMonths(11), "the new version runs for the policy's 12 months");
        Assert.Equal([5, 5], azure.Clock.Delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task A_failed_pending_operation_surfaces_its_error()
    {
        await using var azure = await AzureTestBed.StartAsync();
        azure.State.AddCertificate("tls-web", azure.Clock.GetUtcNow().AddDays(10));
        azure.Faults.Add(new OperationRule("POST", "/create", Polls: 1) { FinalStatus = "failed", ErrorCode = "PolicyViolation", ErrorMessage = "Key size not allowed." });
        await azure.Certificates.BeginNewVersionAsync(azure.Vault, "tls-web");

        var error = await Assert.ThrowsAsync<AzureOperationFailedException>(() => azure.Certificates.WaitForPendingOperationAsync(azure.Vault, "tls-web"));

        Assert.Equal(("failed", "PolicyViolation"), (error.OperationStatus, error.ErrorCode));
        Assert.Single(azure.State.CertificateVersions("tls-web"));
    }

    [Fact]
    public async Task A_second_create_while_one_is_pending_is_a_conflict()
    {
        await using var azure = await AzureTestBed.StartAsync();
        azure.State.AddCertificate("tls-web", azure.Clock.GetUtcNow().AddDays(10));
        await azure.Certificates.BeginNewVersionAsync(azure.Vault, "tls-web");

        var error = await Assert.ThrowsAsync<AzureConflictException>(() => azure.Certificates.BeginNewVersionAsync(azure.Vault, "tls-web"));

        Assert.Equal(409, error.Status);
        Assert.NotNull(error.RequestIds.RequestId);
    }

    [Fact]
    public async Task A_vault_on_a_host_that_is_not_allowed_gets_no_request()
    {
        await using var azure = await AzureTestBed.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => azure.Certificates.GetAsync(new Uri("https://attacker.example.com/"), "tls-web"));

        Assert.Empty(azure.Server.Requests);
        Assert.DoesNotContain("https://vault.azure.net/.default", azure.Credential.Scopes);
    }
}
