using AutoRemediate.Core.Approvals;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Functions.Tests.Operator;

/// <summary><c>GET /api/approvals/pending</c> against the approvals table in Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PendingApprovalsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Pending_requests_are_listed_without_tokens_and_decided_ones_are_not()
    {
        var settings = LocalApprovalSettings.For(new Uri("http://localhost/"), "bob@contoso.com", new Uri("http://127.0.0.1:9/teams"));
        foreach (var (name, value) in OperatorClient.Settings)
        {
            settings[name] = value;
        }

        await using var app = new RemediationApp(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "dryrun"), settings: settings);
        var store = app.Factory.Services.GetRequiredService<IApprovalStore>();
        var pending = TestApprovalRequests.Create();
        var expired = TestApprovalRequests.Create();
        await store.CreateAsync(pending, CancellationToken.None);
        var stored = await store.CreateAsync(expired, CancellationToken.None);
        await store.UpdateAsync(stored, expired, ApprovalStatus.Expired, DateTimeOffset.UtcNow, CancellationToken.None);
        using var api = new OperatorClient(app);

        using var response = await api.SendAsync(HttpMethod.Get, "/api/approvals/pending");
        var text = await response.Content.ReadAsStringAsync();

        using var json = System.Text.Json.JsonDocument.Parse(text);
        Assert.True(json.RootElement.GetProperty("enabled").GetBoolean());
        var item = json.RootElement.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(pending.RequestId, item.GetProperty("requestId").GetString());
        Assert.Equal(pending.RemediationId, item.GetProperty("remediationId").GetString());
        Assert.Equal("restart", item.GetProperty("runbook").GetString());
        Assert.Equal([TestApprovalRequests.Site], item.GetProperty("targets").EnumerateArray().Select(t => t.GetString()));
        Assert.DoesNotContain("token", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("v1.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_approvals_configured_the_list_is_empty_and_says_so()
    {
        await using var app = new RemediationApp(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "dryrun"), settings: OperatorClient.Settings);
        using var api = new OperatorClient(app);

        var body = await api.JsonAsync(HttpMethod.Get, "/api/approvals/pending");

        Assert.False(body.GetProperty("enabled").GetBoolean());
        Assert.Empty(body.GetProperty("items").EnumerateArray());
    }
}
