using AutoRemediate.Functions.Engine;
using AutoRemediate.Core.Audit;
using AutoRemediate.Core.Guardrails;
using AutoRemediate.Functions.Operator;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Operator;

/// <summary>The kill switch and circuit breakers through the operator API, against Azurite and end to end through /api/alerts.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OperatorGuardrailTests(AzuriteFixture azurite)
{
    private static readonly byte[] Fired = WebhookApp.Sample("azure-monitor-metric-appservice-5xx-fired.json");
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Kill_switch_engaged_through_the_api_blocks_a_new_alerts_remediation_and_is_audited_with_who_and_why()
    {
        await using var app = App();
        using var api = new OperatorClient(app);
        Assert.False((await api.JsonAsync(HttpMethod.Get, "/api/operator/kill-switch")).GetProperty("engaged").GetBoolean());

        var engaged = await api.JsonAsync(HttpMethod.Put, "/api/operator/kill-switch", new { engaged = true, reason = "incident 4711" });
        Assert.True(engaged.GetProperty("engaged").GetBoolean());
        Assert.Equal(OperatorClient.Operator, engaged.GetProperty("changedBy").GetString());

        var id = await app.PostAlertAsync(Fired);
        var summary = (await app.Client.WaitForInstanceCompletionAsync(id, Timeout)).ReadOutputAs<RemediationSummary>()!;
        Assert.Equal(RemediationStage.Blocked, summary.Outcome);
        Assert.Contains("kill-switch", summary.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(await app.ChainAsync(id), r => r.Kind == AuditRecordKind.ActionStarted);

        var record = (await app.ChainAsync(OperatorAudit.ChainId)).Single();
        Assert.Equal(AuditRecordKind.OperatorAction, record.Kind);
        Assert.Equal(OperatorClient.Operator, record.Actor.Identity);
        Assert.Equal("incident 4711", record.Details["reason"]);
        Assert.Equal("kill-switch-engaged", record.Details["action"]);

        var released = await api.JsonAsync(HttpMethod.Put, "/api/operator/kill-switch", new { engaged = false, reason = "incident over" });
        Assert.False(released.GetProperty("engaged").GetBoolean());
        Assert.False((await app.Guardrails.LoadAsync(new GuardrailStateQuery("restart", [], "k"), DateTimeOffset.UtcNow)).KillSwitch.Engaged);
    }

    [Fact]
    public async Task Reset_closes_an_open_circuit_breaker_and_records_the_operator()
    {
        await using var app = App();
        using var api = new OperatorClient(app);
        var snapshot = await app.Guardrails.LoadAsync(new GuardrailStateQuery("restart", [], "k"), DateTimeOffset.UtcNow);
        var context = snapshot.ApplyTo(new GuardrailContext { Now = DateTimeOffset.UtcNow });
        for (var i = 0; i < 3; i++)
        {
            await app.Guardrails.ApplyAsync(GuardrailStateUpdate.RunFinished(context, "restart", succeeded: false, circuitBreakerThreshold: 3));
        }

        var open = await api.JsonAsync(HttpMethod.Get, "/api/operator/circuit-breakers");
        Assert.True(open.EnumerateArray().Single(b => b.GetProperty("runbook").GetString() == "restart").GetProperty("isOpen").GetBoolean());

        var reset = await api.JsonAsync(HttpMethod.Post, "/api/operator/circuit-breakers/restart/reset", new { reason = "fixed the probe path" });

        Assert.False(reset.GetProperty("isOpen").GetBoolean());
        Assert.Equal(0, reset.GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal(OperatorClient.Operator, reset.GetProperty("lastResetBy").GetString());
        Assert.Equal("fixed the probe path", reset.GetProperty("lastResetReason").GetString());
        Assert.False((await api.JsonAsync(HttpMethod.Get, "/api/operator/circuit-breakers/restart")).GetProperty("isOpen").GetBoolean());
        var record = (await app.ChainAsync(OperatorAudit.ChainId)).Single();
        Assert.Equal("circuit-breaker-reset", record.Details["action"]);
        Assert.Equal("restart", record.Details["runbook"]);
    }

    [Theory]
    [InlineData("{\"reason\":\"x\"}", "engaged")]
    [InlineData("{\"engaged\":true}", "reason")]
    [InlineData("not json", "body")]
    public async Task Kill_switch_change_with_a_bad_body_is_a_400_problem_naming_the_field(string body, string parameter)
    {
        await using var app = App();
        using var client = app.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri("/api/operator/kill-switch", UriKind.Relative))
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", OperatorClient.Principal(OperatorClient.Operator));

        using var response = await client.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
        Assert.False((await app.Guardrails.LoadAsync(new GuardrailStateQuery("restart", [], "k"), DateTimeOffset.UtcNow)).KillSwitch.Engaged);
    }

    [Fact]
    public async Task Kill_switch_change_without_an_operator_identity_is_a_401_and_changes_nothing()
    {
        await using var app = new RemediationApp(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "dryrun"));
        using var api = new OperatorClient(app);

        await api.JsonAsync(HttpMethod.Put, "/api/operator/kill-switch", new { engaged = true, reason = "r" }, expectedStatus: 401);

        Assert.False((await app.Guardrails.LoadAsync(new GuardrailStateQuery("restart", [], "k"), DateTimeOffset.UtcNow)).KillSwitch.Engaged);
    }

    private RemediationApp App() =>
        new(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "dryrun"), settings: OperatorClient.Settings);
}
