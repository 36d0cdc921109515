using System.Net;
using AutoRemediate.Core.Approvals;
using AutoRemediate.Core.Guardrails;
using AutoRemediate.Functions.Engine;
using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.Approvals;
using AutoRemediate.Functions.Operator;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace AutoRemediate.Functions.Tests.Operator;

/// <summary>
/// Roles on the operator API, against Azurite: reads need Viewer, cancel Operator, the kill switch and breakers Admin; a
/// missing role is a 403 problem naming it, answered before anything is read or changed.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OperatorRoleTests(AzuriteFixture azurite)
{
    private const string Group = "0b7a1c55-3f0e-4c1b-9a43-6f2d8e1b2c3d";
    private static readonly byte[] Fired = WebhookApp.Sample("azure-monitor-metric-appservice-5xx-fired.json");
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private static readonly GuardrailStateQuery Query = new("restart", [], "any");

    [Fact]
    public async Task Viewer_reads_but_cannot_cancel_or_engage_the_kill_switch_and_nothing_changes()
    {
        await using var app = WaitingApp();
        using var viewer = new OperatorClient(app, role: "Viewer");
        var id = await WaitingRemediationAsync(app);

        var listed = await viewer.JsonAsync(HttpMethod.Get, "/api/remediations");
        var cancel = await viewer.JsonAsync(HttpMethod.Post, $"/api/remediations/{id}/cancel", new { reason = "testing roles" }, expectedStatus: 403);
        var killSwitch = await viewer.JsonAsync(HttpMethod.Put, "/api/operator/kill-switch", new { engaged = true, reason = "testing roles" }, expectedStatus: 403);

        Assert.Equal(id, listed.GetProperty("items").EnumerateArray().Single().GetProperty("instanceId").GetString());
        Assert.Equal("Operator", cancel.GetProperty("requiredRole").GetString());
        Assert.Contains("needs the Operator role; oncall@example.com has Viewer", cancel.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Admin", killSwitch.GetProperty("requiredRole").GetString());
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await app.Client.GetInstanceAsync(id, getInputsAndOutputs: true))!.RuntimeStatus);
        Assert.False((await app.Guardrails.LoadAsync(Query, DateTimeOffset.UtcNow)).KillSwitch.Engaged);
        Assert.DoesNotContain(await app.ChainAsync(id), r => r.Kind == Core.Audit.AuditRecordKind.Cancelled);
        Assert.Empty(await app.ChainAsync(OperatorAudit.ChainId));
    }

    [Fact]
    public async Task Operator_cancels_but_cannot_engage_the_kill_switch_or_reset_a_breaker()
    {
        await using var app = WaitingApp();
        using var @operator = new OperatorClient(app, role: "Operator");
        var id = await WaitingRemediationAsync(app);

        var killSwitch = await @operator.JsonAsync(HttpMethod.Put, "/api/operator/kill-switch", new { engaged = true, reason = "testing roles" }, expectedStatus: 403);
        var reset = await @operator.JsonAsync(HttpMethod.Post, "/api/operator/circuit-breakers/restart/reset", new { reason = "testing roles" }, expectedStatus: 403);
        await @operator.JsonAsync(HttpMethod.Post, $"/api/remediations/{id}/cancel", new { reason = "wrong runbook" }, expectedStatus: 202);

        Assert.Equal(("Admin", "Admin"), (killSwitch.GetProperty("requiredRole").GetString(), reset.GetProperty("requiredRole").GetString()));
        Assert.False((await app.Guardrails.LoadAsync(Query, DateTimeOffset.UtcNow)).KillSwitch.Engaged);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, (await app.Client.WaitForInstanceCompletionAsync(id, Timeout)).RuntimeStatus);
    }

    [Fact]
    public async Task Admin_engages_the_kill_switch_and_cancels()
    {
        await using var app = WaitingApp();
        using var admin = new OperatorClient(app, role: "Admin");
        var id = await WaitingRemediationAsync(app);

        await admin.JsonAsync(HttpMethod.Put, "/api/operator/kill-switch", new { engaged = true, reason = "incident freeze" });
        await admin.JsonAsync(HttpMethod.Post, $"/api/remediations/{id}/cancel", new { reason = "freeze" }, expectedStatus: 202);

        Assert.True((await app.Guardrails.LoadAsync(Query, DateTimeOffset.UtcNow)).KillSwitch.Engaged);
    }

    [Fact]
    public async Task Signed_in_person_without_a_role_reads_nothing()
    {
        await using var app = DryRunApp();
        using var nobody = new OperatorClient(app, role: null);

        var problem = await nobody.JsonAsync(HttpMethod.Get, "/api/remediations", expectedStatus: 403);
        var toil = await nobody.JsonAsync(HttpMethod.Get, "/api/toil/reports", expectedStatus: 403);

        Assert.Equal(("Viewer", "Viewer"), (problem.GetProperty("requiredRole").GetString(), toil.GetProperty("requiredRole").GetString()));
        Assert.Contains("oncall@example.com has no role", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Group_mapped_to_Admin_grants_the_kill_switch_and_other_groups_grant_nothing()
    {
        var settings = new Dictionary<string, string?>(OperatorClient.Settings) { [$"Authorization:Groups:{Group}"] = "Admin" };
        await using var app = new RemediationApp(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "dryrun"), settings: settings);
        using var http = app.Factory.CreateClient();

        using var outsider = await PutKillSwitchAsync(http, ApprovalBrowser.Principal("mallory@contoso.com", groups: ["11111111-2222-3333-4444-555555555555"]));
        var afterOutsider = (await app.Guardrails.LoadAsync(Query, DateTimeOffset.UtcNow)).KillSwitch.Engaged;
        using var member = await PutKillSwitchAsync(http, ApprovalBrowser.Principal("erin@contoso.com", groups: [Group]));

        Assert.Equal(HttpStatusCode.Forbidden, outsider.StatusCode);
        Assert.Equal("application/problem+json", outsider.Content.Headers.ContentType?.MediaType);
        Assert.False(afterOutsider);
        Assert.Equal(HttpStatusCode.OK, member.StatusCode);
        Assert.True((await app.Guardrails.LoadAsync(Query, DateTimeOffset.UtcNow)).KillSwitch.Engaged);
    }

    [Theory]
    [InlineData("Authorization:Groups:sre-oncall", "Admin")]
    [InlineData($"Authorization:Groups:{Group}", "Superuser")]
    public async Task A_bad_group_mapping_stops_start_up_naming_the_setting(string setting, string roles)
    {
        var settings = new Dictionary<string, string?>(OperatorClient.Settings) { [setting] = roles };
        await using var app = new RemediationApp(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "dryrun"), settings: settings);

        var error = Assert.ThrowsAny<Exception>(() => app.Factory.Server).ToString();

        Assert.Contains(setting, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production", "Admin")]
    [InlineData("Development", "Admin,Root")]
    public async Task Local_roles_outside_Development_or_naming_no_role_stop_start_up(string environment, string roles)
    {
        var settings = new Dictionary<string, string?> { ["Operator:LocalIdentity"] = "dev@local", ["Operator:LocalRoles"] = roles, ["environment"] = environment };
        await using var app = new RemediationApp(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "dryrun"), settings: settings);

        var error = Assert.ThrowsAny<Exception>(() => app.Factory.Server).ToString();

        Assert.Contains("Operator:LocalRoles", error, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PutKillSwitchAsync(HttpClient http, string principal)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri("/api/operator/kill-switch", UriKind.Relative))
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { engaged = true, reason = "maintenance" }),
        };
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
        return await http.SendAsync(request);
    }

    private RemediationApp DryRunApp() =>
        new(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "dryrun"), settings: OperatorClient.Settings);

    /// <summary>The approval binding with an approval service that never decides: remediations wait for approval.</summary>
    private RemediationApp WaitingApp()
    {
        var approvals = Substitute.For<IApprovalService>();
        approvals.RequestAsync(Arg.Any<ApprovalRequest>(), Arg.Any<CancellationToken>())
            .Returns(call => new ApprovalLink(call.Arg<ApprovalRequest>().RequestId, new Uri("https://approvals.example/requests/1"), call.Arg<ApprovalRequest>().ExpiresAt));
        return new(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "approval"), services => services.AddSingleton(approvals), OperatorClient.Settings);
    }

    private static async Task<string> WaitingRemediationAsync(RemediationApp app)
    {
        var id = await app.PostAlertAsync(Fired);
        using var deadline = new CancellationTokenSource(Timeout);
        while ((await app.Client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellation: deadline.Token))?.ReadCustomStatusAs<RemediationStatus>()?.Stage != RemediationStage.AwaitingApproval)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
        }

        return id;
    }
}
