using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;
using Microsoft.AspNetCore.Hosting;

namespace AutoRemediate.Functions.Tests.Approvals;

[Collection(AzuriteCollection.Name)]
public sealed class ApprovalSettingsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Bad_approval_settings_stop_start_up_naming_each_setting_but_no_secret()
    {
        await using var teams = await FakeTeamsServer.StartAsync();
        await using var app = new ApprovalAppFactory(azurite, teams).WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Approvals:SigningKeys:k1", "c2hvcnQta2V5");
            builder.UseSetting("Approvals:PublicBaseUrl", "not a url");
            builder.UseSetting("Approvals:TrustAppServiceAuthentication", "false");
            builder.UseSetting("Approvals:LocalApproverIdentity", string.Empty);
        });

        var error = Assert.ThrowsAny<Exception>(() => app.Server).ToString();

        Assert.Contains("Approvals:SigningKeys:k1 must be base64 of at least 32 bytes", error, StringComparison.Ordinal);
        Assert.Contains("Approvals:PublicBaseUrl", error, StringComparison.Ordinal);
        Assert.Contains("Approvals:LocalApproverIdentity", error, StringComparison.Ordinal);
        Assert.DoesNotContain("c2hvcnQta2V5", error, StringComparison.Ordinal);
        Assert.DoesNotContain("FAKE-SECRET-SIGNATURE", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approvals_are_off_unless_enabled()
    {
        await using var app = AppFactory.SelfHosted(azurite);

        using var response = await app.CreateClient().GetAsync("/api/approvals/v1.k1.x.y");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
