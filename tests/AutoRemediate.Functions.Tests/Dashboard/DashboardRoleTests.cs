using System.Net;
using AutoRemediate.Functions.Engine;
using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Dashboard;

/// <summary>Roles on the dashboard: pages need Viewer, Cancel Operator, the kill switch Admin; a missing role is a 403 page naming it, and nothing changes.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DashboardRoleTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Viewer_sees_pages_but_cannot_cancel_or_engage_the_kill_switch()
    {
        await using var app = await DashboardApp.StartAsync(azurite, localRoles: "Viewer");
        var id = await app.RemediationAtAsync(DashboardApp.Alert(), RemediationStage.AwaitingApproval);
        using var http = app.Http();

        using var page = await http.GetAsync(new Uri("/dashboard/guardrails", UriKind.Relative));
        using var cancel = await http.SendAsync(FormPost($"/dashboard/remediations/{id}/cancel", new() { ["reason"] = "testing roles" }));
        using var killSwitch = await http.SendAsync(FormPost("/dashboard/guardrails/kill-switch", new() { ["engaged"] = "true", ["reason"] = "testing roles" }));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, cancel.StatusCode);
        Assert.Contains("This needs the Operator role; oncall@example.com has Viewer. Nothing was changed.", await cancel.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, killSwitch.StatusCode);
        Assert.Contains("This needs the Admin role", await killSwitch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await app.App.Client.GetInstanceAsync(id, getInputsAndOutputs: true))!.RuntimeStatus);
        Assert.False(await KillSwitchEngagedAsync(app));
    }

    [Fact]
    public async Task Operator_cancels_from_the_dashboard_but_cannot_engage_the_kill_switch()
    {
        await using var app = await DashboardApp.StartAsync(azurite, localRoles: "Operator");
        var id = await app.RemediationAtAsync(DashboardApp.Alert(), RemediationStage.AwaitingApproval);
        using var http = app.Http();

        using var killSwitch = await http.SendAsync(FormPost("/dashboard/guardrails/kill-switch", new() { ["engaged"] = "true", ["reason"] = "testing roles" }));
        using var cancel = await http.SendAsync(FormPost($"/dashboard/remediations/{id}/cancel", new() { ["reason"] = "wrong runbook" }));

        Assert.Equal(HttpStatusCode.Forbidden, killSwitch.StatusCode);
        Assert.False(await KillSwitchEngagedAsync(app));
        Assert.Equal(HttpStatusCode.SeeOther, cancel.StatusCode);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, await app.CompletionAsync(id));
    }

    private static HttpRequestMessage FormPost(string path, Dictionary<string, string> fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        return request;
    }

    private static async Task<bool> KillSwitchEngagedAsync(DashboardApp app) =>
        (await app.App.Guardrails.LoadAsync(new AutoRemediate.Core.Guardrails.GuardrailStateQuery("restart", [], "operator"), DateTimeOffset.UtcNow, default)).KillSwitch.Engaged;
}
