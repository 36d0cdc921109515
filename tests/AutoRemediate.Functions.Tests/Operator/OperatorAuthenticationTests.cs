using System.Net;
using System.Text;
using System.Text.Json;
using AutoRemediate.Core.Approvals;
using AutoRemediate.Core.Audit;
using AutoRemediate.Core.Guardrails;
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
/// Every operator route needs an operator identity: nobody, and no holder of the alert webhook's key, gets in; a change
/// must be a JSON body. The local identity works in Development only.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OperatorAuthenticationTests(AzuriteFixture azurite)
{
    private static readonly byte[] Fired = WebhookApp.Sample("azure-monitor-metric-appservice-5xx-fired.json");
    private static readonly GuardrailStateQuery Query = new("restart", [], "any");

    [Theory]
    [InlineData("GET", "/api/remediations")]
    [InlineData("GET", "/api/remediations/am-00000000000000000000000000000000")]
    [InlineData("GET", "/api/remediations/am-00000000000000000000000000000000/timeline")]
    [InlineData("POST", "/api/remediations/am-00000000000000000000000000000000/cancel")]
    [InlineData("GET", "/api/operator/kill-switch")]
    [InlineData("PUT", "/api/operator/kill-switch")]
    [InlineData("GET", "/api/operator/circuit-breakers")]
    [InlineData("GET", "/api/operator/circuit-breakers/restart")]
    [InlineData("POST", "/api/operator/circuit-breakers/restart/reset")]
    [InlineData("GET", "/api/approvals/pending")]
    [InlineData("GET", "/api/toil")]
    [InlineData("POST", "/api/toil/reports/day-2026-01-01/run")]
    public async Task Request_without_an_operator_is_a_401_problem(string method, string path)
    {
        await using var app = new RemediationApp(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "dryrun"), settings: OperatorClient.Settings);
        using var api = new OperatorClient(app, @operator: null);

        using var response = await api.SendAsync(new HttpMethod(method), path, method == "GET" ? null : new { engaged = true, reason = "r" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Webhook_key_on_operator_routes_is_a_401_and_changes_nothing(bool inQuery)
    {
        await using var app = ApprovalApp(OperatorClient.Settings);
        var id = await app.PostAlertAsync(Fired);
        await WaitForStageAsync(app, id, RemediationStage.AwaitingApproval);
        using var http = app.Factory.CreateClient();

        using var killSwitch = await SendWithKeyAsync(http, HttpMethod.Put, "/api/operator/kill-switch", new { engaged = true, reason = "from alertmanager" }, inQuery);
        using var cancel = await SendWithKeyAsync(http, HttpMethod.Post, $"/api/remediations/{id}/cancel", new { reason = "from alertmanager" }, inQuery);
        using var list = await SendWithKeyAsync(http, HttpMethod.Get, "/api/remediations", null, inQuery);

        foreach (var response in new[] { killSwitch, cancel, list })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Contains("alert delivery (POST /api/alerts) only", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.False((await app.Guardrails.LoadAsync(Query, DateTimeOffset.UtcNow)).KillSwitch.Engaged);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await app.Client.GetInstanceAsync(id, getInputsAndOutputs: true))!.RuntimeStatus);
        Assert.DoesNotContain(await app.ChainAsync(id), r => r.Kind == AuditRecordKind.Cancelled);
        Assert.Empty(await app.ChainAsync(OperatorAudit.ChainId));
    }

    [Fact]
    public async Task Webhook_key_is_refused_even_where_the_local_identity_would_let_anyone_in()
    {
        await using var app = new RemediationApp(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "dryrun"), settings: LocalDevelopment);
        using var http = app.Factory.CreateClient();

        using var response = await SendWithKeyAsync(http, HttpMethod.Put, "/api/operator/kill-switch", new { engaged = true, reason = "r" }, inQuery: false);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False((await app.Guardrails.LoadAsync(Query, DateTimeOffset.UtcNow)).KillSwitch.Engaged);
    }

    [Theory]
    [InlineData("text/plain", "{\"engaged\":true,\"reason\":\"csrf\"}")]
    [InlineData("application/x-www-form-urlencoded", "engaged=true&reason=csrf")]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"engaged\"\r\n\r\ntrue\r\n--x--\r\n")]
    [InlineData(null, "")]
    public async Task Change_without_a_json_body_is_a_415_problem_and_changes_nothing(string? contentType, string body)
    {
        await using var app = ApprovalApp(OperatorClient.Settings);
        var id = await app.PostAlertAsync(Fired);
        await WaitForStageAsync(app, id, RemediationStage.AwaitingApproval);
        using var http = OperatorClient.SignIn(app.Factory.CreateClient());

        using var killSwitch = await http.SendAsync(Raw(HttpMethod.Put, "/api/operator/kill-switch", contentType, body));
        using var cancel = await http.SendAsync(Raw(HttpMethod.Post, $"/api/remediations/{id}/cancel", contentType, body.Replace("engaged", "x", StringComparison.Ordinal)));

        foreach (var response in new[] { killSwitch, cancel })
        {
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.False((await app.Guardrails.LoadAsync(Query, DateTimeOffset.UtcNow)).KillSwitch.Engaged);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await app.Client.GetInstanceAsync(id, getInputsAndOutputs: true))!.RuntimeStatus);
        Assert.Empty(await app.ChainAsync(OperatorAudit.ChainId));
    }

    [Fact]
    public async Task Local_identity_in_Development_is_the_operator_without_any_credential()
    {
        await using var app = new RemediationApp(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "dryrun"), settings: LocalDevelopment);
        using var api = new OperatorClient(app, @operator: null);

        var engaged = await api.JsonAsync(HttpMethod.Put, "/api/operator/kill-switch", new { engaged = true, reason = "local drill" });

        Assert.Equal("dev@local", engaged.GetProperty("changedBy").GetString());
        Assert.Equal("dev@local", (await app.ChainAsync(OperatorAudit.ChainId)).Single().Actor.Identity);
    }

    [Theory]
    [InlineData("Testing")]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Local_identity_outside_Development_stops_start_up_naming_the_setting(string environment)
    {
        var settings = new Dictionary<string, string?> { ["Operator:LocalIdentity"] = "dev@local", ["environment"] = environment };
        await using var app = new RemediationApp(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "dryrun"), settings: settings);

        var error = Assert.ThrowsAny<Exception>(() => app.Factory.Server).ToString();

        Assert.Contains("Operator:LocalIdentity", error, StringComparison.Ordinal);
        Assert.Contains($"'{environment}'", error, StringComparison.Ordinal);
    }

    private static readonly IReadOnlyDictionary<string, string?> LocalDevelopment =
        new Dictionary<string, string?> { ["Operator:LocalIdentity"] = "dev@local", ["Operator:LocalRoles"] = "Admin", ["environment"] = "Development" };

    private static async Task<HttpResponseMessage> SendWithKeyAsync(HttpClient http, HttpMethod method, string path, object? body, bool inQuery)
    {
        using var request = new HttpRequestMessage(method, new Uri(inQuery ? $"{path}?code={WebhookApp.Key}" : path, UriKind.Relative));
        if (!inQuery)
        {
            request.Headers.Add("x-functions-key", WebhookApp.Key);
        }

        if (body is not null)
        {
            request.Content = System.Net.Http.Json.JsonContent.Create(body);
        }

        return await http.SendAsync(request);
    }

    private static HttpRequestMessage Raw(HttpMethod method, string path, string? contentType, string body)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.Remove("Content-Type");
        if (contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return request;
    }

    private RemediationApp ApprovalApp(IReadOnlyDictionary<string, string?> settings)
    {
        // An approval service that accepts every request and never decides: the remediation waits for approval.
        var approvals = Substitute.For<IApprovalService>();
        approvals.RequestAsync(Arg.Any<ApprovalRequest>(), Arg.Any<CancellationToken>())
            .Returns(call => new ApprovalLink(call.Arg<ApprovalRequest>().RequestId, new Uri("https://approvals.example/requests/1"), call.Arg<ApprovalRequest>().ExpiresAt));
        return new(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "approval"), services => services.AddSingleton(approvals), settings);
    }

    private static async Task WaitForStageAsync(RemediationApp app, string id, RemediationStage stage)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while ((await app.Client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellation: deadline.Token))?.ReadCustomStatusAs<RemediationStatus>()?.Stage != stage)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
        }
    }
}
